package org.vocbridge.library;

import java.util.Optional;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The agreements a resource may name as the one that produced it. The cooperation module, which
 * keeps the agreements, provides it (and hears of published resources through
 * {@link ResourcePublished}), so that the library does not depend on cooperation.
 */
public interface ProducingAgreements {

    /** Whether the agreement exists and the user may see it. */
    boolean visibleTo(long agreementId, CurrentUser user);

    /** The agreement's title, when it exists and the user may see it: a resource's page links to it by name. */
    Optional<LocalizedText> title(long agreementId, CurrentUser user);
}
