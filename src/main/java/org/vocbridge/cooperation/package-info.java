/**
 * Cooperation between organizations: agreements from draft to signed to completed, joint-training
 * programmes ("3+3", "2+2"…), documents with versions, yearly progress reports, outputs, and the
 * numbers and annual reports of an alliance computed from them. A library resource published as
 * produced by an agreement becomes one of its outputs.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: *", "taxonomy", "accounts", "search", "directory", "library"})
package org.vocbridge.cooperation;
