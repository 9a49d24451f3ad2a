package org.vocbridge.taxonomy;

/**
 * A country (ISO 3166-1) with its name in the reader's language.
 *
 * @param code the alpha-2 code, for example CN, KZ or LA
 */
public record CountrySummary(String code, String name) {}
