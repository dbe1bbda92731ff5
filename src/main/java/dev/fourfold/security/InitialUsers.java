package dev.fourfold.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure someone can sign in on first start. In demo mode (the demo company is enabled) it creates one user per
 * role — {@code admin}, {@code owner}, {@code steward}, {@code viewer} — each with the password {@code demo}, and
 * the login page says so. Otherwise it creates one administrator, {@code admin}, whose password comes from
 * {@code FOURFOLD_SECURITY_ADMIN_PASSWORD} or is generated and written to the log once; no default password exists.
 */
@Component
public class InitialUsers implements SmartInitializingSingleton {

    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserRepository users;
    private final UserService service;
    private final SecurityProperties properties;
    private final boolean demo;

    InitialUsers(UserRepository users, UserService service, SecurityProperties properties,
                 @Value("${fourfold.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.service = service;
        this.properties = properties;
        this.demo = demo;
    }

    /** Whether the installation runs in demo mode, with the demo users. */
    public boolean demoMode() {
        return demo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensure();
    }

    /** Creates the first users when there are none; does nothing otherwise. */
    @Transactional
    public void ensure() {
        if (users.count() > 0) {
            return;
        }
        if (demo) {
            service.createInitial("admin", "Ada Admin", DEMO_PASSWORD, true);
            service.createInitial("owner", "Oscar Owner", DEMO_PASSWORD, false);
            service.createInitial("steward", "Stella Steward", DEMO_PASSWORD, false);
            service.createInitial("viewer", "Vera Viewer", DEMO_PASSWORD, false);
            log.warn("Demo mode: created the users admin, owner, steward and viewer, each with the password '{}'", DEMO_PASSWORD);
            return;
        }
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] bytes = new byte[15];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        service.createInitial("admin", "Administrator", password, true);
        if (generated) {
            log.warn("Created the administrator 'admin' with the generated password: {}  (shown once; change it after signing in)", password);
        } else {
            log.info("Created the administrator 'admin' with the password from fourfold.security.admin-password");
        }
    }
}
