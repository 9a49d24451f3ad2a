package org.vocbridge.accounts.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vocbridge.accounts.Role;

interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByUserIdOrderByRoleAscScopeIdAsc(long userId);

    List<RoleGrant> findByRoleAndScopeId(Role role, long scopeId);

    boolean existsByUserIdAndRoleAndScopeId(long userId, Role role, long scopeId);
}
