/**
 * Youth surveys: multilingual questionnaires (built on the web or imported from XLSForm), their
 * skip logic and validation as expressions evaluated on the server, distribution, durable
 * responses and results that protect respondents.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: *", "taxonomy", "search", "directory", "accounts"})
package org.vocbridge.surveys;
