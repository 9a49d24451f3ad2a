package org.vocbridge.observatory.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vocbridge.observatory.Breakdown;
import org.vocbridge.observatory.Flag;
import org.vocbridge.shared.spreadsheet.RowProblem;
import org.vocbridge.shared.spreadsheet.Spreadsheet;

/**
 * Reads uploaded values, one per row, in one of two layouts.
 *
 * <p>TIDY (documented in the README): columns {@code indicator, country, year, value}, optional
 * {@code flags} (letters E estimated, P provisional, B break in series), {@code confidential}
 * (yes/no), {@code note}, and one column per breakdown dimension ({@code sex, age, level, field,
 * location}) holding a value code, or nothing for the total.
 *
 * <p>SDMX_CSV (SDMX-CSV 1.0): {@code DATAFLOW, INDICATOR, REF_AREA, TIME_PERIOD, OBS_VALUE}, optional
 * {@code OBS_STATUS} (CL_OBS_STATUS: A, E, P, B), {@code CONF_STATUS} (CL_CONF_STATUS: F free; C or
 * N confidential), {@code OBS_COMMENT}, and the dimensions {@code SEX, AGE, EDUCATION_LEV} (ISCED
 * 2011, with or without the {@code ISCED11_} prefix), {@code FIELD}, {@code URBANISATION}; {@code _T}
 * or nothing is the total. Other attribute columns are ignored.
 */
final class ValueFile {

    private ValueFile() {}

    /** A value read from a row, with the country the row names. */
    record Row(int number, String country, ValueInput value) {}

    private static final Map<String, String> TIDY = columns(
            "indicator", "indicator",
            "country", "country",
            "year", "year",
            "value", "value",
            "flags", "flags",
            "confidential", "confidential",
            "note", "note");

    private static final Map<String, String> SDMX = columns(
            "indicator", "indicator",
            "ref_area", "country",
            "time_period", "year",
            "obs_value", "value",
            "obs_status", "flags",
            "conf_status", "confidential",
            "obs_comment", "note",
            "comment", "note");

    private static final Map<String, String> SDMX_DIMENSIONS = columns(
            "sex", "sex",
            "age", "age",
            "education_lev", "level",
            "field", "field",
            "urbanisation", "location");

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /**
     * The values of the rows; what cannot be read is reported with the row and the column as the
     * file names it.
     */
    static List<Row> read(
            List<Spreadsheet.DataRow> rows, UploadLayout layout, Set<String> dimensions, List<RowProblem> problems) {
        List<Row> read = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new RowProblem(1, "", "error.observatory.upload.empty", List.of()));
            return read;
        }
        Map<String, String> fields = new LinkedHashMap<>(layout == UploadLayout.TIDY ? TIDY : SDMX);
        Map<String, String> dimensionColumns = new LinkedHashMap<>();
        if (layout == UploadLayout.TIDY) {
            dimensions.forEach(d -> dimensionColumns.put(d, d));
        } else {
            SDMX_DIMENSIONS.forEach((column, dimension) -> {
                if (dimensions.contains(dimension)) {
                    dimensionColumns.put(column, dimension);
                }
            });
        }
        Set<String> header = rows.get(0).cells().keySet();
        List<String> required = layout == UploadLayout.TIDY
                ? List.of("indicator", "country", "year", "value")
                : List.of("dataflow", "indicator", "ref_area", "time_period", "obs_value");
        boolean complete = true;
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(new RowProblem(1, column, "error.observatory.upload.missingColumn", List.of(column)));
                complete = false;
            }
        }
        if (layout == UploadLayout.TIDY) {
            for (String column : header) {
                if (!fields.containsKey(column) && !dimensionColumns.containsKey(column)) {
                    // a misspelt dimension would otherwise turn every row into a total
                    problems.add(new RowProblem(1, column, "error.observatory.upload.unknownColumn", List.of(column)));
                    complete = false;
                }
            }
        }
        if (!complete) {
            return read;
        }
        Map<String, String> columnOf = new LinkedHashMap<>();
        fields.forEach((column, field) -> columnOf.putIfAbsent(field, column));
        for (Spreadsheet.DataRow row : rows) {
            List<RowProblem> rowProblems = new ArrayList<>();
            String valueText = cell(row, fields, "value");
            BigDecimal value = null;
            if (valueText == null) {
                rowProblems.add(problem(row, columnOf, "value", "error.required"));
            } else {
                try {
                    value = new BigDecimal(valueText.replace(" ", "").replace("\u00a0", ""));
                } catch (NumberFormatException e) {
                    rowProblems.add(problem(row, columnOf, "value", "error.observatory.number", valueText));
                }
            }
            String yearText = cell(row, fields, "year");
            Integer year = null;
            if (yearText == null) {
                rowProblems.add(problem(row, columnOf, "year", "error.required"));
            } else if (!yearText.matches("\\d{4}")) {
                rowProblems.add(problem(row, columnOf, "year", "error.observatory.year.format", yearText));
            } else {
                year = Integer.parseInt(yearText);
            }
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            String flagText = cell(row, fields, "flags");
            if (flagText != null) {
                for (char c : flagText.replaceAll("[\\s,;]", "").toCharArray()) {
                    if (layout == UploadLayout.SDMX_CSV && Character.toUpperCase(c) == 'A') {
                        continue; // normal value
                    }
                    Flag.ofCode(c)
                            .ifPresentOrElse(
                                    flags::add,
                                    () -> rowProblems.add(problem(
                                            row, columnOf, "flags", "error.observatory.flag", String.valueOf(c))));
                }
            }
            boolean confidential = false;
            String confidentialText = cell(row, fields, "confidential");
            if (confidentialText != null) {
                String c = confidentialText.toLowerCase(Locale.ROOT);
                if (layout == UploadLayout.SDMX_CSV) {
                    confidential = c.equals("c") || c.equals("n");
                    if (!confidential && !c.equals("f")) {
                        rowProblems.add(problem(
                                row, columnOf, "confidential", "error.observatory.confidential", confidentialText));
                    }
                } else {
                    confidential = List.of("yes", "true", "1", "y").contains(c);
                    if (!confidential && !List.of("no", "false", "0", "n").contains(c)) {
                        rowProblems.add(problem(
                                row, columnOf, "confidential", "error.observatory.confidential", confidentialText));
                    }
                }
            }
            Map<String, String> parts = new LinkedHashMap<>();
            dimensionColumns.forEach((column, dimension) -> {
                String code = row.get(column);
                if (code != null && layout == UploadLayout.SDMX_CSV && dimension.equals("level")) {
                    code = code.replaceFirst("^ISCED11_", "");
                }
                if (code != null && !code.equals("_T")) {
                    parts.put(dimension, code);
                }
            });
            String country = cell(row, fields, "country");
            if (country == null) {
                rowProblems.add(problem(row, columnOf, "country", "error.required"));
            }
            String indicator = cell(row, fields, "indicator");
            if (indicator == null) {
                rowProblems.add(problem(row, columnOf, "indicator", "error.required"));
            }
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                read.add(new Row(
                        row.number(),
                        country.toUpperCase(Locale.ROOT),
                        new ValueInput(
                                indicator,
                                year,
                                new Breakdown(parts),
                                value,
                                flags,
                                confidential,
                                cell(row, fields, "note"))));
            }
        }
        return read;
    }

    /** The column of the file that holds the field (the first one, when two may). */
    static String column(UploadLayout layout, String field) {
        for (var e : (layout == UploadLayout.TIDY ? TIDY : SDMX).entrySet()) {
            if (e.getValue().equals(field)) {
                return e.getKey();
            }
        }
        if (layout == UploadLayout.SDMX_CSV) {
            for (var e : SDMX_DIMENSIONS.entrySet()) {
                if (e.getValue().equals(field)) {
                    return e.getKey();
                }
            }
        }
        return field;
    }

    private static String cell(Spreadsheet.DataRow row, Map<String, String> fields, String field) {
        for (var e : fields.entrySet()) {
            if (e.getValue().equals(field) && row.get(e.getKey()) != null) {
                return row.get(e.getKey());
            }
        }
        return null;
    }

    private static RowProblem problem(
            Spreadsheet.DataRow row, Map<String, String> columnOf, String field, String code, Object... args) {
        return new RowProblem(row.number(), columnOf.getOrDefault(field, field), code, List.of(args));
    }
}
