package org.vocbridge.ventures;

import org.vocbridge.directory.PersonLabel;

/**
 * Someone in a venture's team: a person of the directory, or a name only. A minor's name and
 * profile are left out ({@code withheld}) for everyone but the venture's keepers unless a parent
 * or guardian consented.
 */
public record TeamMemberSummary(
        long id,
        long version,
        PersonLabel person,
        String name,
        TeamRole role,
        boolean minor,
        boolean consent,
        boolean withheld) {}
