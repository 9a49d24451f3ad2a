package org.vocbridge.ventures.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.ventures.OutcomeKind;
import org.vocbridge.ventures.VentureStage;

/**
 * An alliance's or a college's ventures in numbers: how many at each stage, the jobs they created
 * (each venture's latest figure, with the verified part), and the funding they raised in the
 * reader's currency, converted at the latest rates admins keep (their date shown); sums in a
 * currency without a rate are named, never guessed.
 */
@Service
@RequiredArgsConstructor
public class VentureNumbers {

    private final Ventures ventures;
    private final OutcomeRepository outcomes;
    private final ExchangeRates rates;

    /**
     * The figures.
     *
     * @param jobs the jobs created, each venture's latest figure
     * @param verifiedJobs the part of them verified by a college or an alliance
     * @param funding the funding rounds' disclosed amounts, in {@code currency}
     * @param ratesOn the day of the oldest rate used in converting them (null when none was needed)
     * @param undisclosedRounds funding rounds whose amount was not disclosed
     * @param notConverted currencies of amounts left out for want of a rate
     */
    public record Numbers(
            long ventures,
            Map<VentureStage, Long> byStage,
            long jobs,
            long verifiedJobs,
            BigDecimal funding,
            String currency,
            LocalDate ratesOn,
            long fundingRounds,
            long undisclosedRounds,
            Set<String> notConverted) {}

    @Transactional(readOnly = true)
    public Numbers of(Long alliance, Long college, String currency) {
        InputCheck check = new InputCheck();
        if ((alliance == null) == (college == null)) {
            check.reject("alliance", "error.numbers.scope");
        }
        String chosen = currency == null || currency.isBlank()
                ? "USD"
                : currency.strip().toUpperCase(java.util.Locale.ROOT);
        check.money("amount", null, "currency", chosen).throwIfAny();
        Ventures.Filter filter =
                new Ventures.Filter(null, null, null, null, null, null, null, null, college, alliance, false, false);
        List<Venture> found = ventures.every(filter);
        Map<VentureStage, Long> byStage = new EnumMap<>(VentureStage.class);
        found.forEach(v -> byStage.merge(v.stage(), 1L, Long::sum));

        List<Outcome> figures = found.isEmpty()
                ? List.of()
                : outcomes.findByVentureIdInAndKindIn(
                        found.stream().map(Venture::id).toList(), List.of(OutcomeKind.JOBS, OutcomeKind.FUNDING_ROUND));
        List<Outcome> latestJobs = figures.stream()
                .filter(o -> o.kind() == OutcomeKind.JOBS)
                .collect(Collectors.groupingBy(
                        Outcome::ventureId,
                        Collectors.maxBy(Comparator.comparing(Outcome::asOf).thenComparing(Outcome::id))))
                .values()
                .stream()
                .flatMap(java.util.Optional::stream)
                .toList();
        long jobs = latestJobs.stream().mapToLong(Outcome::quantity).sum();
        long verifiedJobs = latestJobs.stream()
                .filter(o -> o.verifiedAt() != null)
                .mapToLong(Outcome::quantity)
                .sum();

        ExchangeRates.Latest latest = rates.latest();
        List<Outcome> rounds = figures.stream()
                .filter(o -> o.kind() == OutcomeKind.FUNDING_ROUND)
                .toList();
        BigDecimal funding = BigDecimal.ZERO;
        Set<String> used = new TreeSet<>();
        Set<String> notConverted = new TreeSet<>();
        for (Outcome round : rounds) {
            if (round.amount() == null) {
                continue;
            }
            var converted = latest.convert(round.amount(), round.currency(), chosen);
            if (converted.isPresent()) {
                funding = funding.add(converted.get());
                if (!round.currency().equals(chosen)) {
                    used.add(round.currency());
                }
            } else {
                notConverted.add(round.currency());
            }
        }
        if (!used.isEmpty()) {
            used.add(chosen);
        }
        return new Numbers(
                found.size(),
                byStage,
                jobs,
                verifiedJobs,
                funding,
                chosen,
                latest.asOf(used),
                rounds.size(),
                rounds.stream().filter(Outcome::undisclosed).count(),
                notConverted);
    }
}
