package org.vocbridge.cooperation;

import java.time.LocalDate;
import org.vocbridge.shared.LocalizedText;

/** An agreement's title and signing date, for records of other modules that refer to agreements. */
public record AgreementLabel(long id, LocalizedText title, LocalDate signedOn) {}
