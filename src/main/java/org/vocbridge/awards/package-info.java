/**
 * Awards: calls of an alliance with multilingual rules and categories, entries submitted or
 * nominated, juries of the directory's experts with conflicts of interest as data (declared, or
 * computed from the platform's own records, each with its rule and evidence, checked when the jury
 * is formed, at assignment and at every score), entries assigned to jurors by minimum-cost flow
 * under hard constraints, weighted rubrics scored on a phone, rankings reproducible from the
 * stored scores, and published winners with certificates and a public archive.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: *",
            "accounts",
            "directory",
            "library",
            "cooperation",
            "ventures",
            "events",
            "search"
        })
package org.vocbridge.awards;
