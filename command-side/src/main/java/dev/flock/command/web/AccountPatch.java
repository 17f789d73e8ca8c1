package dev.flock.command.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PATCH /api/users/{me}}: {@code {"protected": true | false}}. */
record AccountPatch(@JsonProperty("protected") @NotNull Boolean protect) {
}
