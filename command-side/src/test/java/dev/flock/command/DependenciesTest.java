package dev.flock.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/** What the command side ships: no library it does not use, and no release with a published advisory we know. */
class DependenciesTest {

    @Test
    void xStreamIsNotOnTheClasspath() {
        assertThat(getClass().getClassLoader().getResource("com/thoughtworks/xstream/XStream.class"))
                .as("XStream, which Axon brings and Flock never uses").isNull();
    }

    /** 1.81 had CVE-2025-14813; Argon2 hashing is all Flock takes from Bouncy Castle. */
    @Test
    void bouncyCastleIsAReleaseWithoutTheKnownAdvisories() {
        assertThat(new BouncyCastleProvider().getVersionStr()).isEqualTo("1.87");
    }
}
