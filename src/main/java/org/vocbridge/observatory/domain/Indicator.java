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
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.type.SqlTypes;
import org.vocbridge.search.FoundByEveryone;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.shared.LocalizedText;

/** A statistic collected from each country: what it measures, in which unit, and how it may be broken down. */
@Entity
@Table(name = "observatory_indicator")
@Indexed(index = "indicator")
@Getter
class Indicator extends FoundByEveryone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Shown under a search hit, and its page's address. */
    @KeywordField(name = "detail", projectable = Projectable.YES, searchable = Searchable.NO)
    private String code;

    /** Indexed as {@code name}, like every record's title in the global search. */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "name")))
    private Map<String, String> name;

    /** Indexed as {@code description}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @PropertyBinding(
            binder =
                    @PropertyBinderRef(
                            type = LocalizedTextBinder.class,
                            params = @Param(name = "field", value = "description")))
    private Map<String, String> definition;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> unit;

    /** Decimal places shown. */
    private int decimals;

    private BigDecimal minValue;

    private BigDecimal maxValue;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> source;

    /** How many breakdown combinations (the total included) its dimensions may make at most. */
    private int maxCombinations;

    private boolean demo;

    private Instant updatedAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observatory_indicator_dimension", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "dimension_code")
    private Set<String> dimensions = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observatory_indicator_group", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "group_code")
    private Set<String> groups = new TreeSet<>();

    protected Indicator() {}

    Indicator(String code, boolean demo) {
        this.code = code;
        this.demo = demo;
    }

    /** Takes the admin's definition; a missing combination limit is the platform's. */
    void describe(IndicatorDraft d, int platformLimit) {
        this.name = LocalizedText.of(d.name()).values();
        this.definition = LocalizedText.of(d.definition()).values();
        this.unit = LocalizedText.of(d.unit()).values();
        this.decimals = d.decimals() == null ? 0 : d.decimals();
        this.minValue = d.minValue();
        this.maxValue = d.maxValue();
        this.source = LocalizedText.of(d.source()).values();
        this.maxCombinations = d.maxCombinations() == null ? platformLimit : d.maxCombinations();
        this.dimensions.clear();
        this.dimensions.addAll(d.dimensions());
        this.groups.clear();
        this.groups.addAll(d.groups());
        this.updatedAt = Instant.now();
    }

    LocalizedText name() {
        return LocalizedText.of(name);
    }

    LocalizedText definition() {
        return LocalizedText.of(definition);
    }

    LocalizedText unit() {
        return LocalizedText.of(unit);
    }

    LocalizedText source() {
        return LocalizedText.of(source);
    }

    Set<String> dimensions() {
        return Set.copyOf(dimensions);
    }

    Set<String> groups() {
        return Set.copyOf(groups);
    }
}
