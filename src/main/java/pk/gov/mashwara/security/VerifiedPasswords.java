package pk.gov.mashwara.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password log-in (the log-in page and the API's HTTP Basic) that checks a password against its BCrypt hash once,
 * not on every request. The API is stateless, so each call sends the password again, and a BCrypt check costs
 * tens of milliseconds of CPU by design: at a hundred users that alone fills two cores.
 *
 * <p>After a successful check, an HMAC of user name and password under a key made at start-up (never the password)
 * is remembered with the stored hash it was checked against, for {@code mashwara.security.verified-password-ttl}.
 * A later log-in with the same name and password skips BCrypt only when the user, loaded afresh, still has that same
 * stored hash (a changed or reset password forgets it) and may still sign in (disabled or locked: refused as
 * before). Anything else takes the full check; wrong passwords are never remembered, so guessing costs what it
 * always did. Throttling of failed log-ins happens before this check ({@link ThrottledLogIn}), so a remembered
 * password is refused like any other while its name or address must wait.
 *
 * <p>The account itself is loaded afresh at most every {@code mashwara.security.account-recheck} (a few seconds): an
 * API client sends a request every second or so, and reading the account and its committee for each was a
 * twentieth of the portal's work under load. An account changed through the portal is forgotten at once when the
 * change commits ({@link AccountChanged}); one changed otherwise (another portal on the same database, by hand) is
 * seen within that time.
 */
class VerifiedPasswords implements AuthenticationProvider {

    /** Bounded: beyond this many remembered log-ins, the oldest are forgotten all at once. */
    static final int MAX_ENTRIES = 10_000;

    /** A verified log-in; {@code account} is the account as loaded at {@code loadedAt} (user name as stored). */
    private record Verified(String storedHash, Instant until, UserDetails account, Instant loadedAt) {
    }

    private final DaoAuthenticationProvider full;
    private final UserDetailsService users;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    /**
     * Counts the accounts forgotten: a log-in whose account was loaded before a forgetting is not remembered, since
     * the account may have changed after it was loaded and before the forgetting.
     */
    private final java.util.concurrent.atomic.AtomicLong forgettings = new java.util.concurrent.atomic.AtomicLong();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Duration recheck;
    private final Clock clock;

    /** Loads the account on every log-in, remembered or not. */
    VerifiedPasswords(UserDetailsService users, PasswordEncoder encoder, Duration ttl, Clock clock) {
        this(users, encoder, ttl, Duration.ZERO, clock);
    }

    /** {@code recheck}: how long a remembered log-in may use the account as loaded before loading it again. */
    VerifiedPasswords(UserDetailsService users, PasswordEncoder encoder, Duration ttl, Duration recheck, Clock clock) {
        this.users = users;
        this.recheck = recheck;
        this.full = new DaoAuthenticationProvider(users);
        this.full.setPasswordEncoder(encoder);
        this.ttl = ttl;
        this.clock = clock;
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var remembered = remembered(authentication);
        if (remembered != null) {
            return remembered;
        }
        if (!(authentication.getCredentials() instanceof String password) || ttl.isZero() || ttl.isNegative()) {
            return full.authenticate(authentication);
        }
        var name = authentication.getName();
        var id = id(name, password);
        var now = clock.instant();
        verified.remove(id);
        long generation = forgettings.get();
        var result = full.authenticate(authentication);
        if (result.getPrincipal() instanceof UserDetails user && user.getPassword() != null
                && forgettings.get() == generation) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(id, new Verified(user.getPassword(), now.plus(ttl), user, now));
        }
        return result;
    }

    /**
     * The log-in answered from what is remembered, without BCrypt: the same name and password were checked right
     * within the time to live and the user still has the stored hash they were checked against. Null when the log-in
     * needs the full check (nothing remembered, expired, or the password changed since). A disabled or locked user is
     * refused here as the full check would refuse them.
     */
    Authentication remembered(Authentication authentication) {
        if (!(authentication.getCredentials() instanceof String password) || ttl.isZero() || ttl.isNegative()) {
            return null;
        }
        var name = authentication.getName();
        var id = id(name, password);
        var known = verified.get(id);
        var now = clock.instant();
        if (known == null || !now.isBefore(known.until())) {
            return null;
        }
        UserDetails user;
        if (known.account() != null && now.isBefore(known.loadedAt().plus(recheck))) {
            user = known.account();
        } else {
            long generation = forgettings.get();
            user = loadOrNull(name);
            if (user == null || !known.storedHash().equals(user.getPassword())) {
                return null;
            }
            // kept only if nothing was forgotten meanwhile and it is still the same entry: a forgetting in between
            // must not be undone
            if (forgettings.get() == generation) {
                verified.replace(id, known, new Verified(known.storedHash(), known.until(), user, now));
            }
        }
        status.check(user); // disabled or locked out: refused, as the full check would
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return full.supports(authentication);
    }

    /** The user as stored now; null when there is no such user any more (the full check then says so). */
    private UserDetails loadOrNull(String name) {
        try {
            return users.loadUserByUsername(name);
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return null;
        }
    }

    /**
     * Forgets every remembered log-in of the account (its user name as stored): the next one is checked in full
     * against the account as it is then.
     */
    void forget(String username) {
        forgettings.incrementAndGet();
        verified.values().removeIf(v -> v.account() != null && v.account().getUsername().equals(username));
    }

    /** How many log-ins are remembered now (for tests). */
    int remembered() {
        return verified.size();
    }

    private String id(String name, String password) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
