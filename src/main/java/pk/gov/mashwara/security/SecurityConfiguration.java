package pk.gov.mashwara.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security that holds with or without the web server (the command-line import runs without one): method
 * security on every service, and password hashing. The web's filter chains are in
 * {@link WebSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt, behind the delegating encoder so that a future algorithm change needs no data migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
