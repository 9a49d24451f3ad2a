package org.vocbridge.directory.domain;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Hierarchical codes (ISCED-F, ISCO-08) widened with every code above them, for filtering. */
final class Codes {

    private Codes() {}

    static Set<String> withAncestors(Collection<String> codes, int topLength) {
        Set<String> all = new TreeSet<>();
        for (String code : codes) {
            for (int length = topLength; length <= code.length(); length++) {
                all.add(code.substring(0, length));
            }
        }
        return all;
    }
}
