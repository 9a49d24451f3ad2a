package org.vocbridge.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.matching.domain.Algorithms;
import org.vocbridge.matching.domain.MatchFeedback;
import org.vocbridge.matching.domain.Weights;
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
    private final Algorithms algorithms;

    /**
     * A proposed weight set, in basis points for each of the seven components, adding up to 10,000;
     * with why, when it is published.
     */
    record ProposedWeights(Map<ComponentKind, Integer> weights, String note) {}

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

    @PostMapping("/publication")
    @Operation(
            summary = "Publish a weight set as a new algorithm version",
            description = "From then on every ranking on every node is scored with it, and its version is stored "
                    + "with every match; the earlier versions stay listed. Platform admins; the weights as for a "
                    + "comparison, the note (why) up to 2,000 characters.")
    ResponseEntity<Weights> publish(@RequestBody ProposedWeights proposed, CurrentUser user) {
        Weights published = algorithms.publish(user, proposed.weights(), proposed.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(published);
    }

    @GetMapping("/versions")
    @Operation(
            summary = "The versions of the algorithm",
            description = "Every weight set published, the latest (in use) first, with who published it, when and "
                    + "why; the rules' own weights last.")
    List<Algorithms.Version> versions() {
        return algorithms.history();
    }
}
