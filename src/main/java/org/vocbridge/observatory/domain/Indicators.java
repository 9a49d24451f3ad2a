package org.vocbridge.observatory.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.observatory.DimensionSummary;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Indicators and the breakdown dimensions they may use; admins define them, everyone reads them. */
@Service
public class Indicators {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{2,40}");

    private final IndicatorRepository indicators;
    private final DimensionRepository dimensions;
    private final TaxonomyApi taxonomy;
    private final AccountsApi accounts;
    private final int combinationLimit;

    Indicators(
            IndicatorRepository indicators,
            DimensionRepository dimensions,
            TaxonomyApi taxonomy,
            AccountsApi accounts,
            @Value("${vocbridge.observatory.max-breakdown-combinations:100}") int combinationLimit) {
        this.indicators = indicators;
        this.dimensions = dimensions;
        this.taxonomy = taxonomy;
        this.accounts = accounts;
        this.combinationLimit = combinationLimit;
    }

    /** The platform's limit on an indicator's breakdown combinations (the total included). */
    public int combinationLimit() {
        return combinationLimit;
    }

    @Transactional(readOnly = true)
    public List<DimensionSummary> dimensions() {
        return dimensions.findAllByOrderByPosition().stream()
                .map(Indicators::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<IndicatorSummary> all() {
        Map<String, DimensionSummary> dims = dimensionsByCode();
        return indicators.findAllByOrderByCode().stream()
                .map(i -> summary(i, dims))
                .toList();
    }

    @Transactional(readOnly = true)
    public IndicatorSummary get(String code) {
        return summary(require(code), dimensionsByCode());
    }

    /** Which of the codes name no indicator. */
    @Transactional(readOnly = true)
    public Set<String> unknown(java.util.Collection<String> codes) {
        Set<String> unknown = new TreeSet<>(codes);
        if (!codes.isEmpty()) {
            indicators.findByCodeIn(codes).forEach(i -> unknown.remove(i.code()));
        }
        return unknown;
    }

    Indicator require(String code) {
        return indicators.findByCode(code).orElseThrow(() -> new NotFoundException("Indicator", code));
    }

    @Transactional
    public IndicatorSummary define(CurrentUser actor, IndicatorDraft draft) {
        actor.requireAdmin();
        InputCheck check = check(draft);
        if (draft.code() != null && indicators.findByCode(draft.code().strip()).isPresent()) {
            check.reject("code", "error.indicator.codeTaken", draft.code().strip());
        }
        check.throwIfAny();
        Indicator indicator = new Indicator(draft.code().strip(), false);
        indicator.describe(draft, combinationLimit);
        indicators.save(indicator);
        IndicatorSummary after = summary(indicator, dimensionsByCode());
        accounts.audit(actor, "indicator.define", "Indicator", indicator.id(), null, after);
        return after;
    }

    @Transactional
    public IndicatorSummary update(CurrentUser actor, String code, IndicatorDraft draft) {
        actor.requireAdmin();
        Indicator indicator = require(code);
        InputCheck.requireVersion(draft.version());
        if (draft.version() != indicator.version()) {
            throw new ConcurrentEditException("Indicator", code);
        }
        IndicatorDraft same = draft.withCode(code);
        check(same).throwIfAny();
        Map<String, DimensionSummary> dims = dimensionsByCode();
        IndicatorSummary before = summary(indicator, dims);
        indicator.describe(same, combinationLimit);
        indicators.flush();
        IndicatorSummary after = summary(indicator, dims);
        accounts.audit(actor, "indicator.update", "Indicator", indicator.id(), before, after);
        return after;
    }

    /** Creates or replaces a demo indicator, for the demo data. */
    @Transactional
    IndicatorSummary defineDemo(IndicatorDraft draft) {
        check(draft).throwIfAny();
        Indicator indicator = indicators.findByCode(draft.code()).orElseGet(() -> new Indicator(draft.code(), true));
        indicator.describe(draft, combinationLimit);
        indicators.save(indicator);
        return summary(indicator, dimensionsByCode());
    }

    private InputCheck check(IndicatorDraft d) {
        InputCheck check = new InputCheck()
                .require("code", d.code())
                .requireText("name", d.name())
                .requireText("unit", d.unit())
                .localized("name", d.name(), 300)
                .localized("definition", d.definition(), 4000)
                .localized("unit", d.unit(), 60)
                .localized("source", d.source(), 1000);
        if (d.code() != null && !CODE.matcher(d.code()).matches()) {
            check.reject("code", "error.indicator.code");
        }
        if (d.decimals() != null && (d.decimals() < 0 || d.decimals() > 6)) {
            check.reject("decimals", "error.indicator.decimals");
        }
        if (d.minValue() != null && !DataEntry.storable(d.minValue())) {
            check.reject("minValue", "error.observatory.precision", d.minValue());
        }
        if (d.maxValue() != null && !DataEntry.storable(d.maxValue())) {
            check.reject("maxValue", "error.observatory.precision", d.maxValue());
        }
        if (d.minValue() != null && d.maxValue() != null && d.minValue().compareTo(d.maxValue()) > 0) {
            check.reject("maxValue", "error.indicator.range");
        }
        Map<String, DimensionSummary> dims = dimensionsByCode();
        Set<String> wanted = new LinkedHashSet<>(d.dimensions() == null ? List.of() : d.dimensions());
        check.allKnown("dimensions", wanted, dims::containsKey, "error.dimension.unknown");
        check.allKnown("groups", d.groups(), g -> taxonomy.countryGroup(g).isPresent(), "error.countryGroup.unknown");
        int limit = d.maxCombinations() == null ? combinationLimit : d.maxCombinations();
        if (limit < 1 || limit > combinationLimit) {
            check.reject("maxCombinations", "error.indicator.limit", combinationLimit);
        }
        long combinations = combinations(
                wanted.stream().map(dims::get).filter(x -> x != null).toList());
        if (combinations > limit) {
            // a breakdown by every dimension at once is the trap: the table grows as their product
            check.reject(
                    "dimensions",
                    "error.indicator.tooManyCombinations",
                    String.valueOf(combinations),
                    String.valueOf(limit));
        }
        return check;
    }

    /** How many combinations the dimensions make, the total included: each is either not broken down or one value. */
    static long combinations(List<DimensionSummary> dims) {
        long product = 1;
        for (DimensionSummary d : dims) {
            product *= d.values().size() + 1;
        }
        return product;
    }

    private Map<String, DimensionSummary> dimensionsByCode() {
        return dimensions().stream()
                .collect(Collectors.toMap(
                        DimensionSummary::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private IndicatorSummary summary(Indicator i, Map<String, DimensionSummary> dims) {
        List<DimensionSummary> used = dims.values().stream()
                .filter(d -> i.dimensions().contains(d.code()))
                .toList();
        Set<String> countries = new TreeSet<>();
        i.groups().forEach(g -> countries.addAll(taxonomy.countriesInGroup(g)));
        return new IndicatorSummary(
                i.id(),
                i.version(),
                i.code(),
                i.name(),
                i.definition(),
                i.unit(),
                i.decimals(),
                ObservatoryData.plain(i.minValue()),
                ObservatoryData.plain(i.maxValue()),
                i.source(),
                used,
                i.groups().stream().sorted().toList(),
                countries,
                (int) combinations(used),
                i.maxCombinations(),
                i.demo(),
                i.updatedAt());
    }

    private static DimensionSummary summary(Dimension d) {
        return new DimensionSummary(
                d.code(),
                d.name(),
                d.values().stream()
                        .map(v -> new DimensionSummary.Item(v.code(), v.name()))
                        .toList());
    }
}
