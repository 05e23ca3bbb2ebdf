package pk.gov.mashwara.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security that holds with or without the web server (the command-line import runs without one): method
 * security on every service, password hashing, and the password log-in with its throttling. The web's filter
 * chains are in {@link WebSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No observations of Spring Security's own steps. With an observation registry present it would otherwise wrap
     * every filter of every request, every sign-in and every permission check of every service method in an
     * observation of its own; under load those made about 4 % of the portal's CPU (docs/benchmarks/load.md) for timers
     * no one reads. The requests themselves stay timed ({@code http.server.requests}).
     */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt, behind the delegating encoder so that a future algorithm change needs no data migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The only authentication provider (Spring Security uses a single provider bean for every chain): throttling
     * first, then the password check that remembers a verified password for a while.
     */
    @Bean
    AuthenticationProvider passwordLogIn(UserDetailsService users, PasswordEncoder encoder,
            @Value("${mashwara.security.verified-password-ttl:PT10M}") Duration verifiedPasswordTtl,
            @Value("${mashwara.security.account-recheck:PT5S}") Duration accountRecheck, Clock clock,
            LoginThrottle throttle, AccountChanges accountChanges) {
        // not a bean of its own: a second AuthenticationProvider bean would make Spring Security use neither, but
        // a plain BCrypt check on every request, unthrottled
        var passwords = new VerifiedPasswords(users, encoder, verifiedPasswordTtl, accountRecheck, clock);
        accountChanges.tell(passwords::forget);
        return new ThrottledLogIn(passwords, throttle);
    }
}
