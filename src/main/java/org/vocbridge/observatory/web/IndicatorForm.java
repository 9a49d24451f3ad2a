package org.vocbridge.observatory.web;

import java.math.BigDecimal;
import java.util.List;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.observatory.domain.IndicatorDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.TranslationRow;

/** The page form of an indicator (admins). */
record IndicatorForm(
        String code,
        List<TranslationRow> name,
        List<TranslationRow> definition,
        List<TranslationRow> unit,
        Integer decimals,
        BigDecimal minValue,
        BigDecimal maxValue,
        List<TranslationRow> source,
        List<String> dimensions,
        List<String> groups,
        Integer maxCombinations,
        Long version) {

    static IndicatorForm empty(int limit) {
        return new IndicatorForm(
                "",
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                TranslationRow.rows(LocalizedText.EMPTY),
                0,
                null,
                null,
                TranslationRow.rows(LocalizedText.EMPTY),
                List.of(),
                List.of(),
                limit,
                null);
    }

    static IndicatorForm of(IndicatorSummary i) {
        return new IndicatorForm(
                i.code(),
                TranslationRow.rows(i.name()),
                TranslationRow.rows(i.definition()),
                TranslationRow.rows(i.unit()),
                i.decimals(),
                i.minValue(),
                i.maxValue(),
                TranslationRow.rows(i.source()),
                i.dimensions().stream().map(d -> d.code()).toList(),
                i.groups(),
                i.maxCombinations(),
                i.version());
    }

    IndicatorDraft draft() {
        return new IndicatorDraft(
                code,
                TranslationRow.toMap(name),
                TranslationRow.toMap(definition),
                TranslationRow.toMap(unit),
                decimals,
                minValue,
                maxValue,
                TranslationRow.toMap(source),
                dimensions == null ? List.of() : dimensions,
                groups == null ? List.of() : groups,
                maxCombinations,
                version);
    }
}
