package org.vocbridge.taxonomy.web;

import java.util.List;
import org.vocbridge.shared.web.TranslationRow;
import org.vocbridge.taxonomy.SkillType;
import org.vocbridge.taxonomy.domain.Skills;

/** The admin's form for a skill ESCO has none for: its type, and its label and description in any languages. */
public record LocalSkillForm(SkillType type, List<TranslationRow> name, List<TranslationRow> description) {

    static LocalSkillForm empty() {
        return new LocalSkillForm(SkillType.SKILL, List.of(), List.of());
    }

    Skills.LocalSkillDraft draft() {
        return new Skills.LocalSkillDraft(type, TranslationRow.toMap(name), TranslationRow.toMap(description));
    }
}
