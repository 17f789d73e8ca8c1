package dev.flock.web.events;

import java.util.Collection;

/** Destroys data subjects' keys (crypto-shredding), in the caller's transaction. */
public interface PersonalDataKeys {

    /** Destroys the subject's key: every value encrypted under it becomes unreadable, wherever it was copied. */
    void forget(String subject);

    /** Destroys the keys of all these subjects. */
    default void forgetAll(Collection<String> subjects) {
        subjects.forEach(this::forget);
    }
}
