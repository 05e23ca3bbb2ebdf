package pk.gov.mashwara.directory;

import java.time.Clock;
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
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;

    AdminBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${mashwara.bootstrap.admin-password:${MASHWARA_ADMIN_PASSWORD:}}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void createFirstAdministrator() {
        if (password == null || password.isBlank() || users.existsByUsername("admin")) {
            return;
        }
        if (password.length() < UserRules.MIN_PASSWORD_LENGTH) {
            log.warn("MASHWARA_ADMIN_PASSWORD is shorter than {} characters; no administrator was created",
                    UserRules.MIN_PASSWORD_LENGTH);
            return;
        }
        users.save(new UserAccount("admin", "Administrator", null, passwordEncoder.encode(password), null,
                Set.of(Role.ADMIN), true, clock.instant()));
        log.info("Created the first administrator account 'admin'");
    }
}
