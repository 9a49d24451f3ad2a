package org.vocbridge.observatory.domain;

import java.io.Serializable;

/**
 * What an accepted upload of values held, and did.
 *
 * @param rows data rows read
 * @param changed values that differ from what the release or the published data holds
 * @param stored whether the values were stored (not on a dry run)
 */
public record UploadReport(int rows, int changed, boolean stored, boolean dryRun) implements Serializable {}
