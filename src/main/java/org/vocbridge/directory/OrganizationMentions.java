package org.vocbridge.directory;

import java.util.List;
import java.util.Locale;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Records of another module that name an organization (its agreements, its library resources), so
 * that the organization's page links to them without the directory knowing those modules: each
 * module that names organizations provides one bean.
 */
public interface OrganizationMentions {

    /** The heading's message key, such as {@code organization.agreements}. */
    String heading();

    /** Where the whole list is, filtered to the organization (its first items are shown). */
    String listUrl(long organizationId);

    /** The first records naming the organization that the reader may see, newest first. */
    List<Mention> of(long organizationId, CurrentUser reader, Locale locale);

    /**
     * One record naming the organization.
     *
     * @param detail a short line beside the title (a status, a kind, a year), in the reader's language
     */
    record Mention(LocalizedText title, String url, String detail, boolean demo) {}

    /** How many records each page shows at most before the link to the whole list. */
    int SHOWN = 10;
}
