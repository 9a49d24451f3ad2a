package org.vocbridge.taxonomy;

/** A skill an ESCO occupation needs, essential or optional, as ESCO relates them. */
public record OccupationSkill(String occupationUri, SkillSummary skill, boolean essential) {}
