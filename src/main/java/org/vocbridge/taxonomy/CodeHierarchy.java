package org.vocbridge.taxonomy;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Hierarchical codes (ISCED-F, ISCO-08) widened with every code above them, for filtering. */
public final class CodeHierarchy {

    /** The shortest ISCED-F code (a broad field, "07"). */
    public static final int ISCED_F_TOP = 2;

    /** The shortest ISCO-08 code (a major group, "7"). */
    public static final int ISCO_TOP = 1;

    private CodeHierarchy() {}

    public static Set<String> withAncestors(Collection<String> codes, int topLength) {
        Set<String> all = new TreeSet<>();
        for (String code : codes) {
            for (int length = topLength; length <= code.length(); length++) {
                all.add(code.substring(0, length));
            }
        }
        return all;
    }
}
