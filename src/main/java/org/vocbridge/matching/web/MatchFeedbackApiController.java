package org.vocbridge.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.matching.domain.MatchFeedback;
import org.vocbridge.shared.security.CurrentUser;

/** What the contacts made from matches say about the scores, and a weight set compared on them. */
@RestController
@RequestMapping("/api/v1/matching/feedback")
@Tag(
        name = "Matching feedback",
        description = "Acceptance of contacts by band of score and of each component, decline reasons, and a "
                + "proposed weight set compared with the one in use on the contacts answered (platform admins).")
@RequiredArgsConstructor
class MatchFeedbackApiController {

    private final MatchFeedback feedback;

    /** A proposed weight set, in basis points for each of the seven components, adding up to 10,000. */
    record ProposedWeights(Map<ComponentKind, Integer> weights) {}

    @GetMapping
    @Operation(
            summary = "Feedback on the matching",
            description = "For the contacts made from matches: contacted, accepted and declined by fifth of the "
                    + "score and of each component's value, with the acceptance rate in per mille, and the decline "
                    + "reasons counted.")
    MatchFeedback.Report report(CurrentUser user) {
        return feedback.report(user);
    }

    @PostMapping("/comparison")
    @Operation(
            summary = "Compare a weight set on past outcomes",
            description = "Scores the accepted and declined contacts again with the proposed weights, from the "
                    + "component values kept with each, beside the weights in use: mean scores of the accepted and "
                    + "the declined, and the share of (accepted, declined) pairs the weights order rightly, in per "
                    + "mille. Nothing is changed.")
    MatchFeedback.Comparison compare(@RequestBody ProposedWeights proposed, CurrentUser user) {
        return feedback.compare(user, proposed.weights());
    }
}
