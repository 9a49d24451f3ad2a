package org.vocbridge.observatory.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.ObservationFilter;
import org.vocbridge.observatory.ObservationRow;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.taxonomy.TaxonomyApi;

/**
 * Published values as everyone reads them: filtered lists, streamed downloads and the figures of
 * charts. Confidential values are never given out. Read straight with SQL: a download may hold
 * millions of rows and is streamed, never held in memory.
 */
@Service
public class ObservatoryData {

    private final JdbcTemplate jdbc;
    private final TaxonomyApi taxonomy;
    private final Indicators indicators;

    ObservatoryData(DataSource dataSource, TaxonomyApi taxonomy, Indicators indicators) {
        this.jdbc = new JdbcTemplate(dataSource);
        // rows come from the database a thousand at a time, not all at once
        this.jdbc.setFetchSize(1000);
        this.taxonomy = taxonomy;
        this.indicators = indicators;
    }

    /** A value without the database's trailing zeros, and never in exponent notation (5000, not 5E+3). */
    public static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Checks a filter's codes; unknown ones are a clear error rather than an empty result. */
    public void check(ObservationFilter f) {
        InputCheck check = new InputCheck();
        Set<String> unknown = indicators.unknown(f.indicators());
        check.allKnown("indicator", f.indicators(), c -> !unknown.contains(c), "error.observatory.indicator.unknown");
        check.allKnown("country", f.countries(), taxonomy::isCountry, "error.country.unknown");
        if (f.group() != null && taxonomy.countryGroup(f.group()).isEmpty()) {
            check.reject("group", "error.countryGroup.unknown", f.group());
        }
        if (f.from() != null && f.to() != null && f.from() > f.to()) {
            check.reject("to", "error.observatory.yearRange");
        }
        check.throwIfAny();
    }

    /** The values, ordered by indicator, country, year and breakdown, one at a time. */
    @Transactional(readOnly = true)
    public void each(ObservationFilter f, Consumer<ObservationRow> consumer) {
        List<Object> args = new ArrayList<>();
        String sql = query(f, args);
        jdbc.query(
                sql,
                rs -> {
                    boolean confidential = rs.getBoolean(7);
                    consumer.accept(new ObservationRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            Breakdown.parse(rs.getString(4)),
                            confidential ? null : plain(rs.getBigDecimal(5)),
                            Flag.of(rs.getString(6)),
                            confidential,
                            rs.getString(8),
                            rs.getInt(9),
                            rs.getBoolean(10)));
                },
                args.toArray());
    }

    /** The values in a list, for a page or a chart (a bounded filter: one indicator). */
    @Transactional(readOnly = true)
    public List<ObservationRow> list(ObservationFilter f) {
        List<ObservationRow> rows = new ArrayList<>();
        each(f, rows::add);
        return rows;
    }

    private String query(ObservationFilter f, List<Object> args) {
        StringBuilder sql = new StringBuilder(
                "select i.code, o.country, o.period, o.breakdown, o.obs_value, o.flags, o.confidential, o.note,"
                        + " o.release_number, r.demo from observatory_observation o"
                        + " join observatory_indicator i on i.id = o.indicator_id"
                        + " join observatory_release r on r.country = o.country and r.number = o.release_number");
        if (f.asOf() != null) {
            sql.append(" left join observatory_release x on x.country = o.country and x.number = o.replaced_in"
                    + " where r.published_at <= ? and (o.replaced_in is null or x.published_at > ?)");
            args.add(Timestamp.from(f.asOf()));
            args.add(Timestamp.from(f.asOf()));
        } else {
            sql.append(" where o.replaced_in is null");
        }
        if (!f.indicators().isEmpty()) {
            sql.append(" and i.code in (").append(marks(f.indicators().size())).append(")");
            args.addAll(f.indicators());
        }
        Set<String> countries = countries(f);
        if (countries != null) {
            if (countries.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and o.country in (")
                        .append(marks(countries.size()))
                        .append(")");
                args.addAll(countries);
            }
        }
        if (f.from() != null) {
            sql.append(" and o.period >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" and o.period <= ?");
            args.add(f.to());
        }
        if (f.breakdown() != null) {
            sql.append(" and o.breakdown = ?");
            args.add(
                    f.breakdown().equalsIgnoreCase("total")
                            ? ""
                            : Breakdown.parse(f.breakdown()).key());
        }
        sql.append(" order by i.code, o.country, o.period, o.breakdown");
        return sql.toString();
    }

    /** The countries asked for: those named, within the group if one is named too; null for all. */
    private Set<String> countries(ObservationFilter f) {
        Set<String> countries = f.countries().isEmpty() ? null : new TreeSet<>(f.countries());
        if (f.group() != null) {
            Set<String> members = taxonomy.countriesInGroup(f.group());
            if (countries == null) {
                countries = new TreeSet<>(members);
            } else {
                countries.retainAll(members);
            }
        }
        return countries;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** The first and last year with a published value, and the last publication, of an indicator. */
    public record Coverage(int firstYear, int lastYear, java.time.Instant lastPublished) {}

    /** The coverage of every indicator with published values, by code. */
    @Transactional(readOnly = true)
    public Map<String, Coverage> coverage() {
        Map<String, Coverage> coverage = new TreeMap<>();
        jdbc.query(
                "select i.code, min(o.period), max(o.period), max(r.published_at) from observatory_observation o"
                        + " join observatory_indicator i on i.id = o.indicator_id"
                        + " join observatory_release r on r.country = o.country and r.number = o.release_number"
                        + " where o.replaced_in is null group by i.code",
                rs -> {
                    coverage.put(
                            rs.getString(1),
                            new Coverage(
                                    rs.getInt(2),
                                    rs.getInt(3),
                                    rs.getTimestamp(4).toInstant()));
                });
        return coverage;
    }

    /**
     * For each indicator, the latest year with a published value in each of its countries (those
     * without any left out). One index probe per indicator and country, however many values there are.
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Integer>> latestYears(List<org.vocbridge.observatory.IndicatorSummary> all) {
        Map<String, Map<String, Integer>> latest = new TreeMap<>();
        for (var indicator : all) {
            Map<String, Integer> years = new TreeMap<>();
            for (String country : indicator.countries()) {
                Integer year = jdbc.queryForObject(
                        "select max(period) from observatory_observation where indicator_id = ? and replaced_in is null"
                                + " and country = ? and not confidential and obs_value is not null",
                        Integer.class,
                        indicator.id(),
                        country);
                if (year != null) {
                    years.put(country, year);
                }
            }
            latest.put(indicator.code(), years);
        }
        return latest;
    }

    /** A chart of values over the years, one line per country. */
    public record Series(List<Integer> years, List<Line> lines) {

        /** One country's values by year; null where there is none or it is confidential. */
        public record Line(String country, String name, List<BigDecimal> values) {}
    }

    /** One bar or place per country, for a year. */
    public record Comparison(int year, List<Bar> bars) {

        /** One country's value. */
        public record Bar(String country, String name, BigDecimal value) {}
    }

    public Series series(List<ObservationRow> rows, Locale locale) {
        Set<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, BigDecimal>> byCountry = new TreeMap<>();
        for (ObservationRow r : rows) {
            years.add(r.year());
            byCountry.computeIfAbsent(r.country(), c -> new TreeMap<>()).put(r.year(), r.value());
        }
        List<Series.Line> lines = new ArrayList<>();
        byCountry.forEach((country, values) -> lines.add(new Series.Line(
                country,
                taxonomy.countryName(country, locale),
                years.stream().map(values::get).toList())));
        return new Series(List.copyOf(years), lines);
    }

    /** The values of the year (the latest year with a value when null). */
    public Comparison comparison(List<ObservationRow> rows, Integer year, Locale locale) {
        int shown = year != null
                ? year
                : rows.stream()
                        .filter(r -> r.value() != null)
                        .mapToInt(ObservationRow::year)
                        .max()
                        .orElse(0);
        List<Comparison.Bar> bars = rows.stream()
                .filter(r -> r.year() == shown && r.value() != null)
                .sorted(java.util.Comparator.comparing(ObservationRow::value).reversed())
                .map(r -> new Comparison.Bar(r.country(), taxonomy.countryName(r.country(), locale), r.value()))
                .toList();
        return new Comparison(shown, bars);
    }
}
