package org.vocbridge.matching;

/** A skill a demand asks for (ESCO URI or a local skill's), essential or optional. */
public record SkillNeed(String uri, boolean essential) {}
