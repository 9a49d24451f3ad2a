package org.vocbridge.accounts;

import java.time.LocalDate;
import java.util.List;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;

/**
 * What other modules ask a user to see to, listed on the user's account page (a venture whose
 * figures want confirming). The modules that own the records provide it; accounts does not depend
 * on them.
 */
public interface Reminders {

    /**
     * Something to see to.
     *
     * @param subject the record's name
     * @param code the message saying what to do, given the due date as its argument
     * @param due when it was due
     * @param href where it is done
     */
    record Reminder(LocalizedText subject, String code, LocalDate due, String href) {}

    List<Reminder> of(CurrentUser user);
}
