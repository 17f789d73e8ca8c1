package dev.flock.command.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flock.command.user.UserHistory.Export;
import dev.flock.command.user.UserHistory;
import dev.flock.web.ApiTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/users/{me}/export}: everything Flock holds about the user, from their own stream. */
@Tag(name = "Accounts")
@RestController
class ExportController {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    private final Accounts accounts;
    private final UserHistory history;
    private final JsonMapper json;

    ExportController(Accounts accounts, UserHistory history, JsonMapper json) {
        this.accounts = accounts;
        this.history = history;
        this.json = json;
    }

    @GetMapping("/api/users/{me}/export")
    @Operation(summary = "Everything Flock holds about the user: the account and its own history, oldest first",
            description = "Data portability. Deleted posts are not in it.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The export", useReturnTypeSchema = true,
            content = @Content(examples = @ExampleObject("""
            {"username": "john", "email": "john@example.com", "registeredAt": "2026-11-22T09:14:58.003Z",
                "protected": false, "events": [{"type": "UserRegistered", "at": "2026-11-22T09:14:58.003Z",
                "userId": "5f0c7c8e-2f7d-4f3a-9d0b-8c1e2a3b4c5d", "username": "john",
                "email": "john@example.com"}]}""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ExportView export(@PathVariable String me, @AuthenticationPrincipal Jwt token) {
        Export export = history.of(accounts.actingUser(me, token));
        List<Map<String, Object>> events = export.events().stream().map(entry -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", entry.type());
            event.put("at", ApiTime.format(entry.at()));
            event.putAll(json.convertValue(entry.payload(), FIELDS));
            return event;
        }).toList();
        return new ExportView(export.username(), export.email(), ApiTime.format(export.registeredAt()),
                export.protectedAccount(), events);
    }

    /** The export: the account, and each event as {@code {"type","at",...its fields}}. */
    record ExportView(String username, String email, String registeredAt,
                      @JsonProperty("protected") boolean protectedAccount, List<Map<String, Object>> events) {
    }
}
