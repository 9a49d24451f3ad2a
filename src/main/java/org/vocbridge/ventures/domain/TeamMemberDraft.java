package org.vocbridge.ventures.domain;

import org.vocbridge.ventures.TeamRole;

/**
 * Someone in the team as the venture's keepers write it: a person of the directory or a name.
 *
 * @param minor under 18
 * @param consent a parent or guardian agreed that the minor's name is shown to the public
 */
public record TeamMemberDraft(Long personId, String name, TeamRole role, Boolean minor, Boolean consent, Long version) {

    public TeamMemberDraft {
        name = name == null || name.isBlank() ? null : name.strip();
        minor = Boolean.TRUE.equals(minor);
        consent = Boolean.TRUE.equals(consent);
    }
}
