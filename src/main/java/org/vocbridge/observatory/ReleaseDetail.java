package org.vocbridge.observatory;

import java.util.List;

/** A release with its values; confidential values are shown only to those who may write the country's values. */
public record ReleaseDetail(ReleaseSummary release, List<EntrySummary> entries) {}
