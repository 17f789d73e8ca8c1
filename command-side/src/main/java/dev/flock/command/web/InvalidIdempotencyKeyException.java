package dev.flock.command.web;

/** An {@code Idempotency-Key} header that is empty, too long, or not printable ASCII. */
class InvalidIdempotencyKeyException extends RuntimeException {

    InvalidIdempotencyKeyException() {
        super("Idempotency-Key must be 1 to 255 printable ASCII characters.");
    }
}
