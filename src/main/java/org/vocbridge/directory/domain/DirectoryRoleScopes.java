package org.vocbridge.directory.domain;

import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.Role;
import org.vocbridge.accounts.RoleScopes;

/** Names the alliances, organizations and people that roles are held for. */
@Component
@RequiredArgsConstructor
class DirectoryRoleScopes implements RoleScopes {

    private final AllianceRepository alliances;
    private final OrganizationRepository organizations;
    private final PersonRepository people;

    @Override
    @Transactional(readOnly = true)
    public Optional<String> name(Role role, long scopeId, Locale locale) {
        return switch (role) {
            case ALLIANCE_SECRETARIAT ->
                alliances.findById(scopeId).map(a -> a.name().in(locale));
            case ORGANIZATION_EDITOR ->
                organizations.findById(scopeId).map(o -> o.name().in(locale));
            case EXPERT -> people.findById(scopeId).map(p -> p.name().in(locale));
            default -> Optional.empty();
        };
    }
}
