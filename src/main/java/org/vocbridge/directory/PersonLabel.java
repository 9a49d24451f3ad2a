package org.vocbridge.directory;

import org.vocbridge.shared.LocalizedText;

/** A person's name and position, for records of other modules that name the people they refer to. */
public record PersonLabel(long id, LocalizedText name, LocalizedText position) {}
