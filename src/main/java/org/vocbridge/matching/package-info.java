/**
 * Matching: enterprises post what they need (demands), colleges what they can provide (offers),
 * and each is ranked against the others both ways, every score explained by gates passed or
 * failed and components whose contributions add up to it exactly. The scoring is plain integer
 * arithmetic with a published algorithm version and weights, so the same inputs give the same
 * ranking on every database and every node.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: *",
            "accounts",
            "directory",
            "taxonomy",
            "search",
            "ventures",
            "library"
        })
package org.vocbridge.matching;
