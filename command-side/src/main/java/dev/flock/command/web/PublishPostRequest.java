package dev.flock.command.web;

/** The body of {@code POST /api/users/{me}/posts}; the aggregate checks the length rule. */
record PublishPostRequest(String body) {
}
