package dev.flock.command.user;

/** A follow, or a request to follow, between two users one of whom blocks the other. */
public class BlockedException extends RuntimeException {

    public BlockedException() {
        super("One of the two users blocks the other: neither can follow or ask to follow the other.");
    }
}
