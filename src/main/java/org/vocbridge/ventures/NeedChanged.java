package org.vocbridge.ventures;

import org.vocbridge.shared.security.CurrentUser;

/**
 * A venture's need was published, changed or taken back (status WITHDRAWN, or null once removed).
 *
 * @param by who changed it
 */
public record NeedChanged(long needId, long ventureId, NeedKind kind, NeedStatus status, CurrentUser by) {}
