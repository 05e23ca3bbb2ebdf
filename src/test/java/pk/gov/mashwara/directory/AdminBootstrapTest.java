package pk.gov.mashwara.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import pk.gov.mashwara.directory.domain.UserAccount;
import pk.gov.mashwara.directory.domain.UserAccountRepository;

/** The first administrator of an installation started without MASHWARA_ADMIN_PASSWORD. */
class AdminBootstrapTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final List<UserAccount> saved = new ArrayList<>();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(AdminBootstrap.class);

    @BeforeEach
    void captureTheLogAndTheSavedUsers() {
        when(users.save(any())).thenAnswer(call -> {
            UserAccount account = call.getArgument(0);
            ReflectionTestUtils.setField(account, "id", (long) saved.size() + 1); // as the database would
            saved.add(account);
            return account;
        });
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(events);
    }

    @Test
    void a_generated_password_is_logged_once_and_signs_in_and_is_not_generated_on_the_next_start() {
        when(users.count()).thenReturn(0L);
        bootstrap("", true).createFirstAdministrator();

        assertThat(saved).hasSize(1);
        assertThat(events.list).hasSize(1);
        var event = events.list.getFirst();
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getFormattedMessage()).contains("'admin'", "shown only this once");
        String password = (String) event.getArgumentArray()[0];
        assertThat(password).hasSizeGreaterThanOrEqualTo(UserRules.MIN_PASSWORD_LENGTH)
                .isNotEqualTo(AdminBootstrap.generatePassword());

        var login = new DaoAuthenticationProvider(username -> saved.getFirst().toPrincipal());
        login.setPasswordEncoder(encoder);
        assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", password))
                .isAuthenticated()).isTrue();

        // the second start: the administrator exists
        when(users.count()).thenReturn(1L);
        bootstrap("", true).createFirstAdministrator();
        assertThat(saved).hasSize(1);
        assertThat(events.list).hasSize(1);
    }

    @Test
    void nothing_is_generated_outside_production_or_when_the_variable_is_set() {
        when(users.count()).thenReturn(0L);
        bootstrap("", false).createFirstAdministrator();
        verify(users, never()).save(any());

        when(users.existsByUsername("admin")).thenReturn(false);
        bootstrap("a-long-admin-secret", true).createFirstAdministrator();
        assertThat(saved).hasSize(1);
        assertThat(encoder.matches("a-long-admin-secret", saved.getFirst().toPrincipal().getPassword())).isTrue();
        assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Created the first administrator account 'admin'");
    }

    private AdminBootstrap bootstrap(String password, boolean generate) {
        return new AdminBootstrap(users, encoder, Clock.systemUTC(), password, generate);
    }
}
