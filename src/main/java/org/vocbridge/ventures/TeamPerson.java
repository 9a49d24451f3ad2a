package org.vocbridge.ventures;

/** A person of the directory in a venture's team, in a role: the facts of checks of who is close to whom. */
public record TeamPerson(long ventureId, long personId, TeamRole role) {}
