package org.vocbridge.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    /** The next people with an e-mail address who may sign in, by id, for the reminder e-mails. */
    List<UserAccount> findByIdGreaterThanAndEmailIsNotNullAndEnabledTrueOrderById(long id, Limit limit);
}
