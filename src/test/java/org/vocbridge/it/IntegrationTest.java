package org.vocbridge.it;

import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vocbridge.accounts.AccountService;
import org.vocbridge.accounts.Role;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The base of the integration suite: the whole application on a random port, on H2 or on
 * PostgreSQL (see {@link TestDatabase}), with the demo data, called over real HTTP. All
 * integration tests share one application context per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    static final String ADMIN_PASSWORD = "it-admin-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @BeforeAll
    static void database() {
        TestDatabase.prepare();
        String unavailable = TestDatabase.unavailable();
        if (unavailable != null) {
            if (TestDatabase.REQUIRED) {
                throw new IllegalStateException(unavailable);
            }
            String message = unavailable + " — SKIPPING the PostgreSQL integration suite"
                    + " (set vocbridge.require-components=true to fail instead)";
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("vocbridge.admin.password", () -> ADMIN_PASSWORD);
    }

    Api api() {
        return new Api("http://localhost:" + port);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A user made for one test, with a personal API token. */
    record TestUser(long id, String username, String password, String token) {

        CurrentUser asCurrent() {
            return new CurrentUser(id, username, false);
        }
    }

    TestUser newUser(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        var user = accountService.bootstrapUser(username, prefix, password, false);
        CurrentUser current = new CurrentUser(user.id(), username, false);
        String token = accountService.createToken(current, "test").token();
        return new TestUser(user.id(), username, password, token);
    }

    TestUser newUserWith(String prefix, Role role, long scopeId) {
        TestUser user = newUser(prefix);
        accountService.grantWithoutCheck(new CurrentUser(null, "test", true), user.id(), role, scopeId);
        return user;
    }
}
