package org.vocbridge.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.accounts.domain.Users;
import org.vocbridge.directory.domain.AllianceDraft;
import org.vocbridge.directory.domain.Alliances;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The base of a module test (annotated {@code @ApplicationModuleTest} in the module's package): its
 * own in-memory database and data folder (search index, files) that no other test shares, no demo
 * data, so the module runs on what its test writes; and the users it needs.
 */
public abstract class ModuleTest {

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        String run = "module-" + UUID.randomUUID();
        registry.add(
                "vocbridge.data-dir",
                () -> Path.of("target", "module-tests", run).toAbsolutePath().toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + run + ";DB_CLOSE_DELAY=-1");
        registry.add("vocbridge.demo-data", () -> "false");
        registry.add("vocbridge.admin.password", () -> "pw-" + run);
    }

    @Autowired
    protected AccountsApi accounts;

    @Autowired
    protected Users users;

    @Autowired
    protected ApplicationContext context;

    /** A new user, signed in, who holds no role yet. */
    protected CurrentUser newUser(String name) {
        var user = users.bootstrap(
                name + "-" + UUID.randomUUID().toString().substring(0, 8), name, "pw-" + UUID.randomUUID(), false);
        return new CurrentUser(user.id(), user.username(), false);
    }

    /** The first platform admin. */
    protected CurrentUser admin() {
        return new CurrentUser(accounts.user("admin").orElseThrow().id(), "admin", true);
    }

    /** A new alliance in China, made by the admin, with the given English name; its id. */
    protected long newAlliance(Alliances alliances, String name) {
        return alliances
                .create(
                        admin(),
                        new AllianceDraft(Map.of("en", name), null, Map.of(), null, Map.of(), "CN", null, null, null))
                .id();
    }
}
