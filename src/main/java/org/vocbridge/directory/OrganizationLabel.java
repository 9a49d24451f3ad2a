package org.vocbridge.directory;

import org.vocbridge.shared.LocalizedText;

/** An organization's name and country, for records of other modules that name the organizations they refer to. */
public record OrganizationLabel(long id, LocalizedText name, String country) {}
