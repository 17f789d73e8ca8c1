package dev.flock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    @Test
    void atMostTheAllowedHashesRunAtOnceAQueueWaitsAndTheRestAreRefusedAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        PasswordEncoder slow = new RecordingEncoder(() -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await();
            } finally {
                running.decrementAndGet();
            }
        });
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2, 3, Duration.ofSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<String>> admitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            admitted.add(pool.submit(() -> bounded.encode("a password")));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> running.get() == 2 && bounded.waiting() == 3);

        long started = System.nanoTime();
        assertThatThrownBy(() -> bounded.encode("one too many")).isInstanceOf(ServiceBusyException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused at once").isLessThan(Duration.ofSeconds(1));

        release.countDown();
        for (Future<String> hash : admitted) {
            assertThat(hash.get(10, TimeUnit.SECONDS)).isEqualTo("hashed");
        }
        pool.shutdown();
        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void aPasswordIsHashedAndCheckedInUnicodeNfc() {
        List<String> hashed = new ArrayList<>();
        PasswordEncoder recording = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashed.add(raw.toString());
                return "{plain}" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encoded.equals("{plain}" + raw);
            }
        };
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(recording, 1, 1, Duration.ofSeconds(1));
        String nfd = "cafe\u0301 au lait";
        String nfc = "caf\u00e9 au lait";
        String hash = bounded.encode(nfd);
        assertThat(hashed).containsExactly(nfc);
        assertThat(bounded.matches(nfc, hash)).isTrue();
        assertThat(bounded.matches(nfd, hash)).isTrue();
        assertThat(bounded.matches(nfd, "{plain}" + nfd)).as("a hash made before normalising").isTrue();
        assertThat(bounded.matches("cafe au lait", hash)).isFalse();
    }

    /** Runs {@code work} inside every hash. */
    private record RecordingEncoder(Interruptible work) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            try {
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "hashed";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    }

    private interface Interruptible {
        void run() throws InterruptedException;
    }
}
