package org.vocbridge.taxonomy.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.OccupationSkill;
import org.vocbridge.taxonomy.SkillSummary;
import org.vocbridge.taxonomy.SkillType;

/** Skills as imported from ESCO or added locally, the skills ESCO occupations need, and the ESCO version imported. */
@Service
@RequiredArgsConstructor
public class Skills {

    static final String LOCAL_PREFIX = "urn:vocbridge:skill:";

    private final SkillRepository skills;
    private final JdbcClient jdbc;
    private final AccountsApi accounts;

    /** The ESCO version imported last and when, with the skills and relations held. */
    public record EscoRelease(String version, Instant importedAt, long escoSkills, long localSkills, long relations) {}

    /** A local skill as an admin writes it. */
    public record LocalSkillDraft(SkillType type, Map<String, String> name, Map<String, String> description) {}

    /** The ESCO version imported last, if any. */
    @Transactional(readOnly = true)
    public Optional<String> escoVersion() {
        return jdbc.sql(LATEST_IMPORT).query((rs, n) -> rs.getString(1)).optional();
    }

    private static final String LATEST_IMPORT =
            "select esco_version, imported_at from taxonomy_esco_import order by id desc fetch first 1 rows only";

    @Transactional(readOnly = true)
    public Optional<EscoRelease> release() {
        long relations = jdbc.sql("select count(*) from taxonomy_occupation_skill")
                .query(Long.class)
                .single();
        return jdbc.sql(LATEST_IMPORT)
                .query((rs, n) -> new EscoRelease(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        skills.countByEscoVersionIsNotNull(),
                        skills.countByEscoVersionIsNull(),
                        relations))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<SkillSummary> all(Collection<String> uris) {
        if (uris.isEmpty()) {
            return List.of();
        }
        return skills.findByUriIn(uris).stream()
                .map(Skill::summary)
                .sorted(Comparator.comparing(SkillSummary::uri))
                .toList();
    }

    /** The skills the ESCO occupations need, essential ones first, each occupation's in the order of their URIs. */
    @Transactional(readOnly = true)
    public List<OccupationSkill> ofOccupations(Collection<String> occupationUris) {
        if (occupationUris.isEmpty()) {
            return List.of();
        }
        record Relation(String occupation, String skill, boolean essential) {}
        List<Relation> relations = jdbc.sql("select occupation_uri, skill_uri, essential from taxonomy_occupation_skill"
                        + " where occupation_uri in (:uris) order by occupation_uri, essential desc, skill_uri")
                .param("uris", occupationUris)
                .query((rs, n) -> new Relation(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
        Map<String, SkillSummary> byUri = new HashMap<>();
        all(relations.stream().map(Relation::skill).distinct().toList()).forEach(s -> byUri.put(s.uri(), s));
        List<OccupationSkill> result = new ArrayList<>(relations.size());
        relations.forEach(r -> result.add(new OccupationSkill(r.occupation(), byUri.get(r.skill()), r.essential())));
        return result;
    }

    /** Adds a skill ESCO has none for (platform admins), with labels in any languages. */
    @Transactional
    public SkillSummary addLocal(CurrentUser actor, LocalSkillDraft draft) {
        actor.requireAdmin();
        InputCheck check = new InputCheck();
        check.require("type", draft.type());
        check.localized("name", draft.name(), 200).localized("description", draft.description(), 4000);
        check.requireText("name", draft.name());
        check.throwIfAny();
        Skill skill = new Skill(LOCAL_PREFIX + UUID.randomUUID());
        skill.local(
                draft.type(),
                InputCheck.localizedText("name", draft.name()),
                draft.description() == null ? null : InputCheck.localizedText("description", draft.description()),
                Instant.now());
        SkillSummary saved = skills.save(skill).summary();
        accounts.audit(
                actor,
                "create",
                "skill",
                saved.uri(),
                null,
                Map.of("label", saved.label().values()));
        return saved;
    }
}
