package org.vocbridge.matching;

/** A language (BCP 47 tag) and the CEFR level asked for or taught. */
public record LanguageLevel(String language, CefrLevel level) {}
