package org.vocbridge.accounts.domain;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform admin when there is no user at all. The password comes from
 * {@code VOCBRIDGE_ADMIN_PASSWORD} or is generated and printed once; there is no default password.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Users users;
    private final String username;
    private final String password;

    FirstAdmin(
            Users users,
            @Value("${vocbridge.admin.username:admin}") String username,
            @Value("${vocbridge.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.none()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? randomPassword() : password;
        if (!generated && secret.length() < Users.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "VOCBRIDGE_ADMIN_PASSWORD must have at least " + Users.MIN_PASSWORD_LENGTH + " characters");
        }
        users.bootstrap(username, "Platform admin", secret, true);
        if (generated) {
            // printed once, on purpose: this is the only way to learn the generated password
            System.out.println("""

                    ================================================================
                     VocBridge: first admin account created
                       user:     %s
                       password: %s
                     Sign in at /login and keep this password safe; it is not shown again.
                    ================================================================
                    """.formatted(username, secret));
        } else {
            log.info("First admin account '{}' created with the password from VOCBRIDGE_ADMIN_PASSWORD", username);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
