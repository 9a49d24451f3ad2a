package org.vocbridge.taxonomy;

import org.vocbridge.shared.LocalizedText;

/** An ESCO occupation: its URI, its ISCO-08 unit group and its labels in the languages imported. */
public record EscoOccupationSummary(String uri, String iscoGroup, LocalizedText label, LocalizedText altLabels) {}
