package dev.flock.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the query side ships: no library it does not use. */
class DependenciesTest {

    @Test
    void xStreamIsNotOnTheClasspath() {
        assertThat(getClass().getClassLoader().getResource("com/thoughtworks/xstream/XStream.class"))
                .as("XStream, which Axon brings and Flock never uses").isNull();
    }
}
