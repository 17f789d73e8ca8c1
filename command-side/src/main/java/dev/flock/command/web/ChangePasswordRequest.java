package dev.flock.command.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/users/{me}/password}. */
record ChangePasswordRequest(
        @NotNull(message = "is required")
        @Size(min = 8, max = 128, message = "must have 8 to 128 characters")
        String password) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[password=<hidden>]";
    }
}
