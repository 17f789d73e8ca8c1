package dev.flock.command.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The optional body of {@code PUT /api/users/{me}/mutes/{target}}: how long, or until unmuted when absent. */
record MuteRequest(@Min(1) @Max(31_536_000) Long durationSeconds) {
}
