package org.vocbridge.observatory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;

/** A statistic collected from each country: what it measures, in which unit, and how it may be broken down. */
@Entity
@Table(name = "observatory_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> definition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> unit;

    /** Decimal places shown. */
    @Column(nullable = false)
    private int decimals;

    private BigDecimal minValue;

    private BigDecimal maxValue;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> source;

    /** How many breakdown combinations (the total included) its dimensions may make at most. */
    @Column(nullable = false)
    private int maxCombinations;

    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observatory_indicator_dimension", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "dimension_code", length = 20)
    private Set<String> dimensions = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observatory_indicator_group", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "group_code", length = 40)
    private Set<String> groups = new TreeSet<>();

    protected Indicator() {}

    public Indicator(String code, boolean demo) {
        this.code = code;
        this.demo = demo;
    }

    public void describe(
            LocalizedText name,
            LocalizedText definition,
            LocalizedText unit,
            int decimals,
            BigDecimal minValue,
            BigDecimal maxValue,
            LocalizedText source,
            int maxCombinations,
            Set<String> dimensions,
            Set<String> groups) {
        this.name = name.values();
        this.definition = definition == null ? null : definition.values();
        this.unit = unit.values();
        this.decimals = decimals;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.source = source == null ? null : source.values();
        this.maxCombinations = maxCombinations;
        this.dimensions.clear();
        this.dimensions.addAll(dimensions);
        this.groups.clear();
        this.groups.addAll(groups);
        this.updatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return LocalizedText.of(name);
    }

    public LocalizedText definition() {
        return LocalizedText.of(definition);
    }

    public LocalizedText unit() {
        return LocalizedText.of(unit);
    }

    public int decimals() {
        return decimals;
    }

    public BigDecimal minValue() {
        return minValue;
    }

    public BigDecimal maxValue() {
        return maxValue;
    }

    public LocalizedText source() {
        return LocalizedText.of(source);
    }

    public int maxCombinations() {
        return maxCombinations;
    }

    public boolean demo() {
        return demo;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<String> dimensions() {
        return Set.copyOf(dimensions);
    }

    public Set<String> groups() {
        return Set.copyOf(groups);
    }
}
