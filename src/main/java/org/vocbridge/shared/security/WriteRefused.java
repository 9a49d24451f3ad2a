package org.vocbridge.shared.security;

/**
 * A signed-in user's write that was refused (403): published after the refusal, so that the audit
 * log keeps who tried to change what they may not.
 */
public record WriteRefused(CurrentUser user, String method, String path) {}
