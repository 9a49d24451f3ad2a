package org.vocbridge.cooperation.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.vocbridge.cooperation.AgreementSummary;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;

/**
 * Agreements out to CSV and XLSX, page by page so that memory stays flat; only what the reader
 * may see is written, and documents are never part of an export.
 */
@Service
@RequiredArgsConstructor
public class AgreementExport {

    private static final List<String> LANGUAGES = List.of("zh", "en", "ru");
    private static final int BATCH = AgreementQueries.MAX_PAGE_SIZE;

    private final AgreementQueries agreements;

    public void export(AgreementFilter filter, CurrentUser user, Spreadsheet.Format format, OutputStream out)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "status"));
        LANGUAGES.forEach(l -> header.add("title_" + l));
        header.addAll(List.of(
                "alliance_id",
                "parties",
                "party_countries",
                "types",
                "fields",
                "occupations",
                "signed_on",
                "starts_on",
                "ends_on",
                "programmes",
                "demo"));
        Iterable<List<String>> rows =
                ResultPage.all(page -> agreements.list(filter, page, BATCH, user), AgreementExport::row);
        Spreadsheet.write(out, format, header, rows);
    }

    private static List<String> row(AgreementSummary a) {
        List<String> row =
                new ArrayList<>(List.of(String.valueOf(a.id()), a.status().name()));
        LANGUAGES.forEach(l -> row.add(a.title().get(l).orElse("")));
        row.add(a.allianceId() == null ? "" : String.valueOf(a.allianceId()));
        row.add(a.parties().stream()
                .map(p -> p.organizationId() + " " + p.role())
                .collect(Collectors.joining("; ")));
        row.add(a.parties().stream()
                .map(AgreementSummary.PartySummary::country)
                .distinct()
                .collect(Collectors.joining(" ")));
        row.add(a.types().stream().map(Enum::name).collect(Collectors.joining(" ")));
        row.add(String.join(" ", a.fields()));
        row.add(String.join(" ", a.occupations()));
        row.add(a.signedOn() == null ? "" : a.signedOn().toString());
        row.add(a.startsOn() == null ? "" : a.startsOn().toString());
        row.add(a.endsOn() == null ? "" : a.endsOn().toString());
        row.add(a.programmes().stream()
                .map(AgreementSummary.ProgrammeSummary::model)
                .collect(Collectors.joining(" ")));
        row.add(String.valueOf(a.demo()));
        return row;
    }
}
