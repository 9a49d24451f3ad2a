package org.vocbridge.taxonomy.domain;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.spreadsheet.Spreadsheet;
import org.vocbridge.shared.spreadsheet.UnreadableSpreadsheetException;
import org.vocbridge.taxonomy.EscoOccupationSummary;

/**
 * ESCO occupations, imported by an admin from ESCO's official CSV download (one file per language,
 * {@code occupations_<lang>.csv}), each under its ISCO-08 unit group, so that records can be tagged
 * with an ESCO occupation and still be found by its ISCO group.
 */
@Service
@RequiredArgsConstructor
public class EscoOccupations {

    static final String URI_PREFIX = "http://data.europa.eu/esco/occupation/";
    static final Set<String> REQUIRED_COLUMNS = Set.of("concepttype", "concepturi", "iscogroup", "preferredlabel");

    private final EscoOccupationRepository occupations;
    private final ReferenceCodes codes;
    private final AccountsApi accounts;

    /** A row that was not imported, with why. */
    public record RowProblem(int row, String code, String value) {}

    /** What an import did. */
    public record ImportResult(String language, int created, int updated, List<RowProblem> skipped) {}

    /**
     * Imports one language's file: occupations are matched by URI, so importing again (or another
     * language) updates them. Rows with an unknown ISCO-08 unit group or a URI outside ESCO's are
     * skipped and listed; a file without ESCO's columns is refused whole.
     */
    @Transactional
    public ImportResult importCsv(CurrentUser actor, InputStream csv, String language) {
        actor.requireAdmin();
        InputCheck check = new InputCheck();
        String tag = language == null ? "" : LocalizedText.normalizeTag(language.strip());
        if (!LocalizedText.isValidTag(tag)) {
            check.reject("language", "error.languageTag", language).throwIfAny();
        }
        List<Spreadsheet.DataRow> rows;
        try {
            rows = Spreadsheet.read(csv, Spreadsheet.Format.CSV);
        } catch (UnreadableSpreadsheetException e) {
            check.reject("file", e.code()).throwIfAny();
            return null;
        }
        if (rows.isEmpty() || !rows.get(0).cells().keySet().containsAll(REQUIRED_COLUMNS)) {
            check.reject("file", "error.esco.columns", String.join(", ", REQUIRED_COLUMNS))
                    .throwIfAny();
        }
        Map<String, EscoOccupation> existing = new HashMap<>();
        List<String> uris = rows.stream()
                .map(r -> r.get("concepturi"))
                .filter(u -> u != null)
                .toList();
        for (int from = 0; from < uris.size(); from += 1000) {
            occupations
                    .findByUriIn(uris.subList(from, Math.min(uris.size(), from + 1000)))
                    .forEach(o -> existing.put(o.uri(), o));
        }
        int created = 0;
        int updated = 0;
        List<RowProblem> skipped = new ArrayList<>();
        List<EscoOccupation> save = new ArrayList<>();
        for (Spreadsheet.DataRow row : rows) {
            String uri = row.get("concepturi");
            String group = row.get("iscogroup");
            String label = row.get("preferredlabel");
            if (!"Occupation".equalsIgnoreCase(row.get("concepttype"))) {
                skipped.add(new RowProblem(row.number(), "error.esco.notOccupation", row.get("concepttype")));
            } else if (uri == null || !uri.startsWith(URI_PREFIX) || uri.length() > 200) {
                skipped.add(new RowProblem(row.number(), "error.esco.uri", uri));
            } else if (group == null || group.length() != 4 || !codes.isco08().contains(group)) {
                skipped.add(new RowProblem(row.number(), "error.isco.unknown", group));
            } else if (label == null) {
                skipped.add(new RowProblem(row.number(), "error.required", "preferredLabel"));
            } else {
                EscoOccupation occupation = existing.get(uri);
                if (occupation == null) {
                    occupation = new EscoOccupation(uri);
                    existing.put(uri, occupation);
                    created++;
                } else {
                    updated++;
                }
                occupation.update(
                        group,
                        tag,
                        label,
                        row.get("altlabels"),
                        row.get("description"),
                        row.get("status"),
                        instant(row.get("modifieddate")));
                save.add(occupation);
            }
        }
        occupations.saveAll(save);
        ImportResult result = new ImportResult(tag, created, updated, skipped);
        accounts.audit(
                actor,
                "import",
                "esco-occupations",
                tag,
                null,
                Map.of("created", created, "updated", updated, "skipped", skipped.size()));
        return result;
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Transactional(readOnly = true)
    public List<EscoOccupationSummary> all(Collection<String> uris) {
        if (uris.isEmpty()) {
            return List.of();
        }
        return occupations.findByUriIn(uris).stream()
                .map(EscoOccupations::summary)
                .toList();
    }

    /** The ESCO occupations under an ISCO-08 group at any level (for example 72, 721 or 7212). */
    @Transactional(readOnly = true)
    public List<EscoOccupationSummary> under(String iscoGroup, int page, int size) {
        return occupations.findByIscoGroupStartingWithOrderByUri(iscoGroup, PageRequest.of(page, size)).stream()
                .map(EscoOccupations::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long countUnder(String iscoGroup) {
        return occupations.countByIscoGroupStartingWith(iscoGroup);
    }

    /** Rejects the first URI that is not an imported ESCO occupation. */
    @Transactional(readOnly = true)
    public InputCheck check(InputCheck check, String field, Collection<String> uris) {
        if (uris == null || uris.isEmpty()) {
            return check;
        }
        Set<String> known = new java.util.HashSet<>();
        all(uris).forEach(o -> known.add(o.uri()));
        uris.stream()
                .filter(uri -> !known.contains(uri))
                .findFirst()
                .ifPresent(uri -> check.reject(field, "error.esco.unknown", uri));
        return check;
    }

    /** ISCO-08 codes together with the unit groups of the given ESCO occupations. */
    @Transactional(readOnly = true)
    public Set<String> withIscoGroups(Collection<String> occupations, Collection<String> escoUris) {
        Set<String> codes = new java.util.TreeSet<>(occupations == null ? Set.of() : occupations);
        if (escoUris != null && !escoUris.isEmpty()) {
            all(escoUris).forEach(o -> codes.add(o.iscoGroup()));
        }
        return codes;
    }

    private static EscoOccupationSummary summary(EscoOccupation o) {
        return new EscoOccupationSummary(o.uri(), o.iscoGroup(), o.preferredLabel(), o.altLabels());
    }
}
