package org.vocbridge.directory;

import org.vocbridge.shared.LocalizedText;

/** An organization as a list shows it, read from the search index alone. */
public record OrganizationRow(long id, OrganizationKind kind, String country, LocalizedText name, boolean demo) {}
