package dev.flock.query.paging;

/** A malformed query parameter or header: a bad cursor, limit or consistency token. */
public class InvalidQueryException extends RuntimeException {

    private final String field;

    public InvalidQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
