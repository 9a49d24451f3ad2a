package org.vocbridge.cooperation.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.Getter;
import org.vocbridge.cooperation.PartyRole;

/**
 * An organization party to an agreement, by id. Its country is kept as it was when the agreement
 * was recorded, so that agreements are counted by country without asking the directory.
 */
@Embeddable
@Getter
class Party {

    private long organizationId;

    @Enumerated(EnumType.STRING)
    private PartyRole role;

    private String country;

    protected Party() {}

    Party(long organizationId, PartyRole role, String country) {
        this.organizationId = organizationId;
        this.role = role;
        this.country = country;
    }
}
