package pk.gov.mashwara.directory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.domain.UserAccount;
import pk.gov.mashwara.directory.domain.UserAccountRepository;
import pk.gov.mashwara.security.Role;

/**
 * A fresh production installation has no users. When {@code MASHWARA_ADMIN_PASSWORD} is set and no
 * administrator exists yet, this creates the account {@code admin} with that password, so that the first
 * administrator can sign in and create everyone else.
 * <p>
 * When the variable is not set, the installation has no users at all and
 * {@code mashwara.bootstrap.generate-admin-password} is true (the {@code prod} profile), it creates {@code admin}
 * with a generated password and logs that password once, so that a first try without any configuration can sign
 * in. On later starts a user exists and nothing is generated again.
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;
    private final boolean generate;

    AdminBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${mashwara.bootstrap.admin-password:${MASHWARA_ADMIN_PASSWORD:}}") String password,
            @Value("${mashwara.bootstrap.generate-admin-password:false}") boolean generate) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
        this.generate = generate;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void createFirstAdministrator() {
        if (password == null || password.isBlank()) {
            if (generate && users.count() == 0) {
                String generated = generatePassword();
                save(generated);
                log.warn("No users existed and MASHWARA_ADMIN_PASSWORD is not set: created the administrator 'admin' "
                        + "with the generated password {} (sign in and change it now; it is shown only this once)",
                        generated);
            }
            return;
        }
        if (users.existsByUsername("admin")) {
            return;
        }
        if (password.length() < UserRules.MIN_PASSWORD_LENGTH) {
            log.warn("MASHWARA_ADMIN_PASSWORD is shorter than {} characters; no administrator was created",
                    UserRules.MIN_PASSWORD_LENGTH);
            return;
        }
        save(password);
        log.info("Created the first administrator account 'admin'");
    }

    private void save(String adminPassword) {
        users.save(new UserAccount("admin", "Administrator", null, passwordEncoder.encode(adminPassword), null,
                Set.of(Role.ADMIN), true, clock.instant()));
    }

    /** 120 random bits as 20 URL-safe letters, digits, '-' and '_': easy to copy from the log. */
    static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
