package pk.gov.mashwara.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import pk.gov.mashwara.security.ui.LoginView;

/**
 * Three filter chains: the REST API (HTTP Basic, stateless, no CSRF because no cookie is ever honoured),
 * operations endpoints (health open, the rest for administrators), and the Vaadin UI (form log-in, session,
 * Vaadin's own CSRF protection). All three send the same security headers ({@link #CONTENT_SECURITY_POLICY}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    /**
     * Vaadin's client engine is started by an inline script and runs the expressions the server sends as
     * functions, so scripts need 'unsafe-inline' and 'unsafe-eval', and its components set inline styles; the rest
     * is as tight as the portal allows: everything from the portal itself, images and fonts also as data: URLs
     * (and images as blob: URLs), no plugins, no foreign base or form target, and no framing by any page (clickjacking). A
     * download of a draft's file keeps its own stricter "sandbox" policy.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/openapi", "/api/openapi.yaml", "/api/openapi/**", "/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Mashwara API")
                        .authenticationEntryPoint(apiEntryPoint(clock)))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> writeJson(response,
                        HttpServletResponse.SC_FORBIDDEN, "forbidden", "You are not allowed to do this.",
                        request.getRequestURI(), clock.instant())))
                .headers(WebSecurityConfiguration::securityHeaders)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operationsChain(HttpSecurity http, Clock clock) throws Exception {
        // The answers are written here, not sent as errors: an error page would be rendered through the UI's chain,
        // which sends a caller without a UI session to the log-in page (302) instead of refusing it
        http.securityMatcher("/actuator/**", "/swagger-ui/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        // the metrics (/actuator/prometheus) and anything else exposed later: administrators only
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.realmName("Mashwara").authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginThrottledException throttled) {
                        tooManyAttempts(response, throttled, request.getRequestURI(), clock.instant());
                    } else {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Mashwara\"");
                        writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                                "Sign in as an administrator (HTTP Basic).", request.getRequestURI(), clock.instant());
                    }
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> writeJson(response,
                        HttpServletResponse.SC_FORBIDDEN, "forbidden", "Only administrators may see this.",
                        request.getRequestURI(), clock.instant())))
                .headers(WebSecurityConfiguration::securityHeaders)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/styles/**", "/fonts/**", "/icons/**", "/images/**").permitAll())
                .headers(headers -> {
                    headers.addObjectPostProcessor(EAGER_HEADERS);
                    securityHeaders(headers);
                })
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Vaadin's own CSRF setting exempts its internal requests (they carry Vaadin's token, checked by Vaadin) and
        // also the log-in page, so that a forged form could sign a victim in as the attacker. The page carries
        // Spring's token and the log-in form sends it: only Vaadin's internal requests are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * Vaadin's pages and UIDL answers reach the servlet in a way that commits the response past Spring Security's
     * wrapper, so headers written "on commit" never arrive: the UI chain writes them before the request goes on.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> EAGER_HEADERS = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    /** nosniff and no caching are Spring Security's defaults; the policy, framing and referrer are the portal's. */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * Answers an API call that did not sign in: 401 with the Basic challenge; 429 with Retry-After when log-ins of
     * that name or from that address must wait after repeated failures (the password was not even checked); 503
     * when the sign-in could not be checked at all (the user store did not answer), which is not a wrong password.
     */
    static AuthenticationEntryPoint apiEntryPoint(Clock clock) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                tooManyAttempts(response, throttled, request.getRequestURI(), clock.instant());
                return;
            }
            if (e instanceof org.springframework.security.authentication.AuthenticationServiceException) {
                // the password could not be checked (the database did not answer in time): not the caller's fault,
                // and not a wrong password
                response.setHeader("Retry-After", "5");
                writeJson(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable",
                        "The portal could not check your sign-in just now. Try again in a few seconds.",
                        request.getRequestURI(), clock.instant());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Mashwara API\"");
            writeJson(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "Sign in with your Mashwara user name and password (HTTP Basic).", request.getRequestURI(),
                    clock.instant());
        };
    }

    /** 429 with the wait in whole seconds, in the header and in words; no challenge, since trying again now is futile. */
    private static void tooManyAttempts(HttpServletResponse response, LoginThrottledException throttled, String path,
            Instant now) throws java.io.IOException {
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds(now)));
        writeJson(response, 429, "too_many_attempts", throttled.message(Locale.ENGLISH, now), path, now);
    }

    /** The portal's {@code ApiError} (status, error, message, path, timestamp), written before any controller runs. */
    private static void writeJson(HttpServletResponse response, int status, String code, String message, String path,
            Instant now) throws java.io.IOException {
        pk.gov.mashwara.shared.ApiErrors.write(response, status, code, message, path, now);
    }
}
