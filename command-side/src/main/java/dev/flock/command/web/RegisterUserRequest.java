package dev.flock.command.web;

import dev.flock.web.Usernames;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/users}. */
record RegisterUserRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = Usernames.REGEX, message = "must be 3 to 30 letters, digits or underscores")
        String username,
        @NotBlank(message = "is required")
        @Size(max = 254, message = "must have at most 254 characters")
        @FitsWhenLowerCased(max = 254, message = "must have at most 254 characters")
        @Email(message = "must be a valid email address")
        String email,
        @NotNull(message = "is required")
        @Size(min = 8, max = 128, message = "must have 8 to 128 characters")
        String password) {

    @Override
    public String toString() {
        return "RegisterUserRequest[username=" + username + "]";
    }
}
