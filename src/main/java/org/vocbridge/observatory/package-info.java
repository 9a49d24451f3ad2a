/**
 * The data observatory: indicators of vocational education and training defined by an admin (with
 * the breakdowns they allow and the country groups they are collected for); each country's data
 * steward enters or uploads values into a release, someone else approves it, and the published
 * values are read, charted, compared, cited and downloaded by everyone, and listed in a DCAT-AP
 * catalogue. Published releases never change: a correction is a new release with a change note.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: *", "taxonomy", "search", "accounts"})
package org.vocbridge.observatory;
