package org.vocbridge.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.matching.ContactStatus;
import org.vocbridge.matching.DeclineReason;
import org.vocbridge.matching.MatchExplanation;
import org.vocbridge.matching.MatchExplanation.ComponentKind;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Learning from what the two sides did with their matches: for the contacts made, how many were
 * accepted and declined by band of score and by band of each component's value, and why they were
 * declined; and how a proposed weight set would have scored the same contacts, from the component
 * values kept with each, beside the weights in use. How well a weight set orders the outcomes is
 * the share of (accepted, declined) pairs in which the accepted contact scores higher, a tie
 * counting half (the area under the ROC curve), in per mille. For the platform's admins.
 */
@Service
@RequiredArgsConstructor
public class MatchFeedback {

    /** Bands: a fifth of the score (10,000) or of a component's value (1,000) each. */
    static final int BANDS = 5;

    private final ContactRepository contacts;
    private final Algorithms algorithms;

    /** Contacts made, accepted and declined in a band [from, to) of the score or value (the last band closed); the acceptance rate in per mille of those answered, null when none was. */
    public record Band(int from, int to, int contacted, int accepted, int declined, Integer acceptance) {}

    /** The bands of one component's value. */
    public record ComponentBands(ComponentKind kind, List<Band> bands) {}

    public record Report(
            int contacts, List<Band> scores, List<ComponentBands> components, Map<DeclineReason, Integer> reasons) {}

    /**
     * How a weight set scores the answered contacts: mean scores of the accepted and the declined
     * ones (null without any), and how well it orders them (per mille, null without both kinds).
     */
    public record Outcome(
            Map<ComponentKind, Integer> weights,
            int accepted,
            int declined,
            Integer meanAccepted,
            Integer meanDeclined,
            Integer ordered) {}

    public record Comparison(Outcome current, Outcome proposed) {}

    @Transactional(readOnly = true)
    public Report report(CurrentUser user) {
        user.requireAdmin();
        List<Contact> all = contacts.findAll();
        List<Band> scores = bands(all, 10_000, c -> c.explanation().score());
        List<ComponentBands> components = new ArrayList<>();
        for (ComponentKind kind : ComponentKind.values()) {
            components.add(new ComponentBands(kind, bands(all, 1_000, c -> value(c.explanation(), kind))));
        }
        Map<DeclineReason, Integer> reasons = new EnumMap<>(DeclineReason.class);
        all.stream()
                .filter(c -> c.status() == ContactStatus.DECLINED && c.reason() != null)
                .forEach(c -> reasons.merge(c.reason(), 1, Integer::sum));
        return new Report(all.size(), scores, components, reasons);
    }

    /** The answered contacts scored again with the proposed weights, beside the weights in use. */
    @Transactional(readOnly = true)
    public Comparison compare(CurrentUser user, Map<ComponentKind, Integer> proposed) {
        user.requireAdmin();
        checkWeights(proposed).throwIfAny();
        List<Contact> answered = contacts.findAll().stream()
                .filter(c -> c.status() != ContactStatus.CONTACTED)
                .toList();
        return new Comparison(
                outcome(answered, algorithms.current().weights()), outcome(answered, new EnumMap<>(proposed)));
    }

    /** Checks a weight set: each component once, from 0 to 10,000 basis points, adding up to 10,000. */
    static InputCheck checkWeights(Map<ComponentKind, Integer> weights) {
        InputCheck check = new InputCheck();
        if (weights == null || weights.size() != ComponentKind.values().length || weights.containsKey(null)) {
            check.reject("weights", "error.weights.kinds", ComponentKind.values().length);
        } else if (weights.values().stream().anyMatch(w -> w == null || w < 0 || w > 10_000)) {
            check.reject("weights", "error.number.range", 0, 10_000);
        } else if (weights.values().stream().mapToInt(Integer::intValue).sum() != 10_000) {
            check.reject("weights", "error.weights.sum", 10_000);
        }
        return check;
    }

    /** The score of a contact's match as the weights would make it: 0 when a gate failed. */
    static int score(MatchExplanation match, Map<ComponentKind, Integer> weights) {
        return !match.passed()
                ? 0
                : match.components().stream()
                        .mapToInt(c -> c.value() * weights.get(c.kind()) / 1000)
                        .sum();
    }

    private static int value(MatchExplanation match, ComponentKind kind) {
        return match.components().stream()
                .filter(c -> c.kind() == kind)
                .mapToInt(MatchExplanation.Component::value)
                .findFirst()
                .orElse(0);
    }

    private static List<Band> bands(List<Contact> all, int max, ToIntFunction<Contact> of) {
        int width = max / BANDS;
        int[][] counts = new int[BANDS][3];
        for (Contact c : all) {
            int band = Math.min(BANDS - 1, Math.max(0, of.applyAsInt(c)) / width);
            counts[band][0]++;
            if (c.status() == ContactStatus.ACCEPTED) {
                counts[band][1]++;
            } else if (c.status() == ContactStatus.DECLINED) {
                counts[band][2]++;
            }
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b < BANDS; b++) {
            int answered = counts[b][1] + counts[b][2];
            bands.add(new Band(
                    b * width,
                    (b + 1) * width,
                    counts[b][0],
                    counts[b][1],
                    counts[b][2],
                    answered == 0 ? null : counts[b][1] * 1000 / answered));
        }
        return bands;
    }

    static Outcome outcome(List<Contact> answered, Map<ComponentKind, Integer> weights) {
        long[] accepted = answered.stream()
                .filter(c -> c.status() == ContactStatus.ACCEPTED)
                .mapToLong(c -> score(c.explanation(), weights))
                .toArray();
        long[] declined = answered.stream()
                .filter(c -> c.status() == ContactStatus.DECLINED)
                .mapToLong(c -> score(c.explanation(), weights))
                .toArray();
        return new Outcome(
                weights, accepted.length, declined.length, mean(accepted), mean(declined), ordered(accepted, declined));
    }

    private static Integer mean(long[] scores) {
        return scores.length == 0 ? null : (int) (Arrays.stream(scores).sum() / scores.length);
    }

    /**
     * The share of (accepted, declined) pairs whose accepted score is higher, a tie counting half,
     * in per mille (rounded down), from the ranks of all the scores (Mann–Whitney): ranks are kept
     * doubled so that a tie's mean rank stays an integer.
     */
    static Integer ordered(long[] accepted, long[] declined) {
        if (accepted.length == 0 || declined.length == 0) {
            return null;
        }
        int n = accepted.length + declined.length;
        // each score with its kind in the lowest bit: 1 accepted, 0 declined
        long[] all = new long[n];
        for (int i = 0; i < accepted.length; i++) {
            all[i] = accepted[i] << 1 | 1;
        }
        for (int i = 0; i < declined.length; i++) {
            all[accepted.length + i] = declined[i] << 1;
        }
        Arrays.sort(all);
        long doubledRanks = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && all[j + 1] >> 1 == all[i] >> 1) {
                j++;
            }
            long tieRank = (i + 1) + (j + 1);
            for (int k = i; k <= j; k++) {
                if ((all[k] & 1) == 1) {
                    doubledRanks += tieRank;
                }
            }
            i = j + 1;
        }
        long a = accepted.length;
        long pairs = a * declined.length;
        return (int) ((doubledRanks - a * (a + 1)) * 1000 / (2 * pairs));
    }
}
