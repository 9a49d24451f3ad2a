/**
 * Ventures: the database of young people's innovations and businesses. A venture (a business) or an
 * innovation (a product, process or service, possibly inside a venture) has a name in any number of
 * languages and the names it was known by, and before one is recorded the ones that may be the same
 * are shown with the reason: a shared website, registration number or organization, or a name that
 * reads the same once each script is written in Latin letters by its own rules.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: *", "accounts", "directory", "taxonomy", "search", "cooperation"})
package org.vocbridge.ventures;
