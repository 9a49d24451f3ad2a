package org.vocbridge.taxonomy.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.files.ZipCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.SkillType;

/**
 * The admin's import of ESCO skills and occupation–skill relations from ESCO's download as
 * published: its zips, or the CSVs inside ({@code skills_<lang>.csv}, {@code
 * occupationSkillRelations.csv} or {@code occupationSkillRelations_<lang>.csv}), columns found by
 * name so that v1.1's and v1.2's headers both read. Data problems (invisible characters, a label
 * two skills share, a skill or occupation nobody imported, an empty skill type) are listed and the
 * rest imported; a file without the columns needed is refused whole. The ESCO version is taken from
 * the download's file name (esco-v1.1.1-...) unless given, and recorded with each file imported.
 * Skills are read before relations, whatever the order of the files.
 */
@Service
@RequiredArgsConstructor
public class EscoSkillImport {

    static final String SKILL_PREFIX = "http://data.europa.eu/esco/skill/";

    /** The problems listed per file, the others counted. */
    static final int PROBLEMS_LISTED = 200;

    private static final Pattern SKILLS = Pattern.compile("(?i)skills_([a-z]{2,3}(?:-[a-z0-9]+)*)\\.csv");
    private static final Pattern RELATIONS = Pattern.compile("(?i)occupationSkillRelations(?:_[a-z-]+)?\\.csv");
    private static final Pattern VERSION = Pattern.compile("(?i)esco[-_ ]?v(\\d+(?:\\.\\d+){1,3})");
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\uFEFF\\p{Cc}&&[^\\n]]");
    private static final Set<String> SKILL_COLUMNS = Set.of("concepturi", "preferredlabel");
    private static final Set<String> RELATION_COLUMNS = Set.of("occupationuri", "relationtype", "skilluri");

    private final SkillRepository skills;
    private final JdbcTemplate jdbc;
    private final AccountsApi accounts;

    /** A file as uploaded: its name and content. */
    public record Upload(String name, byte[] content) {}

    /** Rows of a file not imported as they are, with why: the first such row and how many share the problem. */
    public record Problem(int row, String code, String value, int rows) {}

    /** What the import did with one file (a CSV, or one inside a zip). */
    public record FileResult(
            String file, String kind, String language, int imported, int problemCount, List<Problem> problems) {}

    /** What an import did: the ESCO version, each file read, and the files it did not read. */
    public record ImportResult(String escoVersion, List<FileResult> files, List<String> notRead) {}

    @Transactional
    public ImportResult importFiles(CurrentUser actor, List<Upload> uploads, String version) {
        actor.requireAdmin();
        InputCheck check = new InputCheck();
        Map<String, byte[]> csvs = new LinkedHashMap<>();
        List<String> notRead = new ArrayList<>();
        for (Upload upload : uploads) {
            if (upload.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                try {
                    ZipCheck.check(upload.content());
                    unzip(upload.content(), csvs);
                } catch (ZipCheck.UnsafeZipException e) {
                    check.reject("file", e.code());
                } catch (IOException e) {
                    check.reject("file", "error.esco.unreadable", upload.name());
                }
            } else {
                csvs.put(upload.name(), upload.content());
            }
        }
        String escoVersion = version == null || version.isBlank() ? versionIn(uploads) : version.strip();
        if (escoVersion == null || !escoVersion.matches("v?\\d+(\\.\\d+){1,3}")) {
            check.reject("version", "error.esco.version", version == null ? "" : version);
        }
        Map<String, byte[]> skillFiles = new TreeMap<>();
        Map<String, byte[]> relationFiles = new TreeMap<>();
        csvs.forEach((name, content) -> {
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (SKILLS.matcher(base).matches()) {
                skillFiles.put(base, content);
            } else if (RELATIONS.matcher(base).matches()) {
                relationFiles.put(base, content);
            } else {
                notRead.add(base);
            }
        });
        if (skillFiles.isEmpty() && relationFiles.isEmpty()) {
            check.reject("file", "error.esco.noSkillFiles");
        }
        check.throwIfAny();
        String recorded = escoVersion.startsWith("v") ? escoVersion.substring(1) : escoVersion;

        List<FileResult> results = new ArrayList<>();
        Map<String, Skill> known = new HashMap<>();
        skills.findAll().forEach(s -> known.put(s.uri(), s));
        skillFiles.forEach((name, content) -> results.add(skills(name, content, recorded, known)));
        relationFiles.forEach((name, content) -> results.add(relations(name, content, known.keySet())));
        Instant now = Instant.now();
        for (FileResult r : results) {
            jdbc.update(
                    "insert into taxonomy_esco_import (esco_version, file, kind, language, imported, problems,"
                            + " imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    recorded,
                    r.file(),
                    r.kind(),
                    r.language(),
                    r.imported(),
                    r.problemCount(),
                    Timestamp.from(now),
                    actor.id());
        }
        accounts.audit(
                actor,
                "import",
                "esco-skills",
                recorded,
                null,
                Map.of("files", results.stream().map(FileResult::file).toList()));
        return new ImportResult(recorded, results, notRead);
    }

    private FileResult skills(String name, byte[] content, String version, Map<String, Skill> known) {
        Matcher m = SKILLS.matcher(name);
        m.matches();
        String language = LocalizedText.normalizeTag(m.group(1));
        Problems problems = new Problems();
        List<Skill> save = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (Row row : read(name, content, SKILL_COLUMNS)) {
            String uri = row.get("concepturi", problems);
            String label = row.get("preferredlabel", problems);
            if (uri == null || !uri.startsWith(SKILL_PREFIX) || uri.length() > 200) {
                problems.add(row.number(), "error.esco.skillUri", uri);
                continue;
            }
            if (label == null) {
                problems.add(row.number(), "error.required", "preferredLabel");
                continue;
            }
            String type = row.get("skilltype", problems);
            if (SkillType.ofEsco(type) == null) {
                problems.add(row.number(), "error.esco.skillType", uri);
            }
            String earlier = labels.putIfAbsent(label.toLowerCase(Locale.ROOT), uri);
            if (earlier != null) {
                problems.add(row.number(), "error.esco.duplicateLabel", label);
            }
            Skill skill = known.computeIfAbsent(uri, Skill::new);
            skill.fromEsco(
                    version,
                    SkillType.ofEsco(type),
                    row.get("reuselevel", problems),
                    language,
                    label,
                    row.get("altlabels", problems),
                    row.get("description", problems),
                    row.get("status", problems),
                    instant(row.get("modifieddate", problems)));
            save.add(skill);
        }
        skills.saveAll(save);
        return problems.result(name, "SKILLS", language, save.size());
    }

    /**
     * The relations of the file replace those stored for the occupations it names. A relation whose
     * occupation or skill nobody imported is listed and left out.
     */
    private FileResult relations(String name, byte[] content, Set<String> skillUris) {
        Set<String> occupationUris =
                new HashSet<>(jdbc.queryForList("select uri from taxonomy_esco_occupation", String.class));
        Problems problems = new Problems();
        Map<String, Map<String, Boolean>> byOccupation = new LinkedHashMap<>();
        for (Row row : read(name, content, RELATION_COLUMNS)) {
            String occupation = row.get("occupationuri", problems);
            String skill = row.get("skilluri", problems);
            String relation = row.get("relationtype", problems);
            if (!occupationUris.contains(occupation)) {
                problems.add(row.number(), "error.esco.unknownOccupation", occupation);
            } else if (!skillUris.contains(skill)) {
                problems.add(row.number(), "error.esco.unknownSkill", skill);
            } else if (!"essential".equalsIgnoreCase(relation) && !"optional".equalsIgnoreCase(relation)) {
                problems.add(row.number(), "error.esco.relationType", relation);
            } else {
                // essential wins when a file relates the same skill twice
                byOccupation
                        .computeIfAbsent(occupation, o -> new LinkedHashMap<>())
                        .merge(skill, "essential".equalsIgnoreCase(relation), Boolean::logicalOr);
            }
        }
        List<Object[]> deleted =
                byOccupation.keySet().stream().map(o -> new Object[] {o}).toList();
        jdbc.batchUpdate("delete from taxonomy_occupation_skill where occupation_uri = ?", deleted);
        List<Object[]> rows = new ArrayList<>();
        byOccupation.forEach((occupation, skillsOf) ->
                skillsOf.forEach((skill, essential) -> rows.add(new Object[] {occupation, skill, essential})));
        for (int from = 0; from < rows.size(); from += 5000) {
            jdbc.batchUpdate(
                    "insert into taxonomy_occupation_skill (occupation_uri, skill_uri, essential) values (?, ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + 5000)));
        }
        return problems.result(name, "RELATIONS", null, rows.size());
    }

    /** The ESCO version in the name of an uploaded file, as ESCO names its downloads; null when none says. */
    static String versionIn(List<Upload> uploads) {
        return uploads.stream()
                .map(u -> VERSION.matcher(u.name()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null);
    }

    private static void unzip(byte[] zip, Map<String, byte[]> csvs) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()
                        && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    csvs.put(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    /** One record of a CSV file, its columns by lower-case name, its text cleaned of invisible characters. */
    private record Row(int number, CSVRecord record, Map<String, Integer> columns) {

        String get(String column, Problems problems) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index);
            Matcher invisible = INVISIBLE.matcher(value);
            if (invisible.find()) {
                problems.add(
                        number,
                        "error.esco.invisible",
                        column + ": " + INVISIBLE.matcher(value).replaceAll("␣"));
                value = invisible.replaceAll("");
            }
            value = value.replace('\u00A0', ' ').strip();
            return value.isEmpty() ? null : value;
        }
    }

    private static List<Row> read(String name, byte[] content, Set<String> required) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            Map<String, Integer> columns = new HashMap<>();
            if (!records.isEmpty()) {
                CSVRecord header = records.get(0);
                for (int i = 0; i < header.size(); i++) {
                    columns.putIfAbsent(
                            header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
                }
            }
            if (!columns.keySet().containsAll(required)) {
                new InputCheck()
                        .reject("file", "error.esco.fileColumns", name, String.join(", ", required))
                        .throwIfAny();
            }
            List<Row> rows = new ArrayList<>(records.size());
            for (int i = 1; i < records.size(); i++) {
                rows.add(new Row(i + 1, records.get(i), columns));
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            new InputCheck().reject("file", "error.esco.unreadable", name).throwIfAny();
            return List.of();
        }
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The problems of one file, those of the same kind and value as one (an unknown occupation's
     * rows): the first {@value #PROBLEMS_LISTED} listed, all counted.
     */
    private static final class Problems {
        private final Map<List<String>, Problem> listed = new LinkedHashMap<>();
        private int count;

        void add(int row, String code, String value) {
            String shown = value == null || value.length() <= 160 ? value : value.substring(0, 160) + "…";
            List<String> key = java.util.Arrays.asList(code, shown);
            Problem earlier = listed.get(key);
            if (earlier != null) {
                listed.put(key, new Problem(earlier.row(), code, shown, earlier.rows() + 1));
            } else if (listed.size() < PROBLEMS_LISTED) {
                listed.put(key, new Problem(row, code, shown, 1));
            }
            count++;
        }

        FileResult result(String file, String kind, String language, int imported) {
            return new FileResult(file, kind, language, imported, count, List.copyOf(listed.values()));
        }
    }
}
