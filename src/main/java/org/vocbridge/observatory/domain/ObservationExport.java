package org.vocbridge.observatory.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.vocbridge.observatory.DimensionSummary;
import org.vocbridge.observatory.Flag;
import org.vocbridge.observatory.ObservationFilter;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data downloads, written row by row as the database gives them (constant memory however many
 * rows): CSV in the tidy layout of uploads plus the release and the demo mark, and JSON as an array.
 */
@Component
@RequiredArgsConstructor
public class ObservationExport {

    private final ObservatoryData data;
    private final Indicators indicators;
    private final JsonMapper json;

    public void csv(ObservationFilter filter, OutputStream out) throws IOException {
        data.check(filter);
        List<String> dimensions =
                indicators.dimensions().stream().map(DimensionSummary::code).toList();
        List<String> header =
                new ArrayList<>(List.of("indicator", "country", "year", "value", "flags", "confidential"));
        header.addAll(dimensions);
        header.addAll(List.of("note", "release", "demo"));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // lets spreadsheet programs recognize UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header);
        try {
            data.each(filter, row -> {
                List<Object> cells = new ArrayList<>(header.size());
                cells.add(row.indicator());
                cells.add(row.country());
                cells.add(row.year());
                cells.add(row.value() == null ? "" : row.value().toPlainString());
                cells.add(Flag.codes(row.flags()));
                cells.add(row.confidential() ? "yes" : "no");
                dimensions.forEach(d -> cells.add(row.breakdown().parts().getOrDefault(d, "")));
                cells.add(row.note() == null ? "" : Spreadsheet.defuse(row.note()));
                cells.add(row.release());
                cells.add(row.demo() ? "yes" : "no");
                try {
                    printer.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    public void json(ObservationFilter filter, OutputStream out) throws IOException {
        data.check(filter);
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            data.each(filter, row -> json.writeValue(generator, row));
            generator.writeEndArray();
        }
    }
}
