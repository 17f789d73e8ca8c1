package dev.flock.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;


/**
 * The command side of Flock: takes commands over HTTP and turns them into events in the PostgreSQL event store.
 */
@SpringBootApplication

public class FlockCommandApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlockCommandApplication.class, args);
    }
}
