package org.vocbridge.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.vocbridge.events.SessionRole;

/** A person of the directory in a role in a session. */
@Embeddable
record SessionPerson(
        @Column(name = "person_id") Long personId,
        @Enumerated(EnumType.STRING) @Column(name = "role") SessionRole role) {}
