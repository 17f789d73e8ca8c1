package dev.flock.web;

import java.text.Normalizer;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every password hash of a service goes through here, for two reasons.
 *
 * <p><b>Hashing is a bounded resource.</b> A slow hash is slow on purpose (Argon2id also takes 16 MiB each): 64
 * concurrent logins once held 1 GiB and starved everything else. At most {@code concurrent} hashes run at a time;
 * at most {@code queued} more wait, each up to {@code maxWait}; any other call is refused at once with
 * {@link ServiceBusyException} (503 and {@code Retry-After}), before it allocates anything.
 *
 * <p><b>Passwords are compared as text, not as code points</b> (NIST SP 800-63B 5.1.1.2): a password is
 * normalised to Unicode NFC before it is hashed, so {@code é} typed as one character or as {@code e} plus an
 * accent is the same password. A hash made before normalisation (from a password typed in another form) still
 * matches the password exactly as typed then.
 */
public class BoundedPasswordEncoder implements PasswordEncoder {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final int queued;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    public BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent, int queued, Duration maxWait) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrent, true);
        this.queued = queued;
        this.maxWait = maxWait;
    }

    public BoundedPasswordEncoder(PasswordEncoder delegate, LoginProperties login) {
        this(delegate, login.concurrentHashes(), login.maxQueuedHashes(), login.maxHashWait());
    }

    /** Unicode NFC: the form a password is hashed in. */
    public static String normalize(CharSequence password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(normalize(rawPassword)));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> {
            String normalized = normalize(rawPassword);
            return delegate.matches(normalized, encodedPassword)
                    || !normalized.contentEquals(rawPassword) && delegate.matches(rawPassword, encodedPassword);
        });
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Calls waiting for a hash now. */
    int waiting() {
        return waiting.get();
    }

    private <T> T bounded(Supplier<T> hashing) {
        if (!permits.tryAcquire()) {
            if (waiting.incrementAndGet() > queued) {
                waiting.decrementAndGet();
                throw busy();
            }
            try {
                if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }

    private static ServiceBusyException busy() {
        return new ServiceBusyException("Too many password checks are running on this instance; try again "
                + "shortly.", RETRY_AFTER);
    }
}
