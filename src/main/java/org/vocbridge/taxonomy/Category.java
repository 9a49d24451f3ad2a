package org.vocbridge.taxonomy;

import org.vocbridge.shared.LocalizedText;

/**
 * One category of a hierarchical classification (an ISCED-F field or an ISCO-08 group).
 *
 * @param code the code, for example 0715 or 7231
 * @param level 1 for the top level
 * @param parent the code of the category above, null at the top
 * @param title the title, in English always and in other languages where known
 */
public record Category(String code, int level, String parent, LocalizedText title) {}
