package pk.gov.mashwara.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** BCrypt at its cheapest strength, counting how often a password is checked (the costly step a refusal skips). */
final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder real = new BCryptPasswordEncoder(4);
    private final AtomicInteger checks;

    CountingPasswordEncoder(AtomicInteger checks) {
        this.checks = checks;
    }

    @Override
    public String encode(CharSequence raw) {
        return real.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        checks.incrementAndGet();
        return real.matches(raw, encoded);
    }
}
