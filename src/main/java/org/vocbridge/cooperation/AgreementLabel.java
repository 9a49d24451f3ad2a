package org.vocbridge.cooperation;

import java.time.LocalDate;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/** An agreement's title, signing date and parties (organization ids), for records of other modules that refer to agreements. */
public record AgreementLabel(long id, LocalizedText title, LocalDate signedOn, Set<Long> parties) {}
