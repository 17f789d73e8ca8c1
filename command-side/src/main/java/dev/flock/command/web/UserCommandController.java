package dev.flock.command.web;

import dev.flock.command.user.EmailTakenException;
import dev.flock.command.user.FollowOutcome;
import dev.flock.command.user.FollowUserCommand;
import dev.flock.command.user.PostReceipt;
import dev.flock.command.user.PublishPostCommand;
import dev.flock.command.user.RegisterUserCommand;
import dev.flock.command.user.UnfollowUserCommand;
import dev.flock.command.user.UserDirectory;
import dev.flock.command.user.UsernameTakenException;
import dev.flock.web.ApiDocs;
import dev.flock.web.ApiTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The command half of the API: register, follow, unfollow, publish. Each call turns into one command on the
 * acting user's {@code UserAggregate} and answers, once it committed, with a {@code Consistency-Token}.
 */
@Tag(name = "Users")
@RestController
@RequestMapping("/api/users")
class UserCommandController {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final CommandGateway commands;
    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final ConsistencyTokens consistency;
    private final Accounts accounts;

    UserCommandController(CommandGateway commands, UserDirectory directory, PasswordEncoder passwords,
                          ConsistencyTokens consistency, Accounts accounts) {
        this.commands = commands;
        this.directory = directory;
        this.passwords = passwords;
        this.consistency = consistency;
        this.accounts = accounts;
    }

    @PostMapping
    @Operation(summary = "Register a user")
    @ApiResponse(responseCode = "201", description = "Registered; `Location` is the user's profile",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN),
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("{\"username\": \"john\"}")))
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    @ApiResponse(responseCode = "413", ref = "ContentTooLarge")
    @ApiResponse(responseCode = "503", ref = "ServiceUnavailable")
    ResponseEntity<RegisteredUser> register(@Valid @RequestBody RegisterUserRequest request) {
        // Everything that can refuse the registration is checked before the (deliberately slow) hash.
        Accounts.checkNewPassword(request.password(), request.username());
        switch (directory.check(request.username(), request.email())) {
            case USERNAME_TAKEN -> throw new UsernameTakenException(request.username());
            case EMAIL_TAKEN -> throw new EmailTakenException();
            case RESERVED -> { }
        }
        String userId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterUserCommand(userId, request.username(), request.email(),
                passwords.encode(request.password())));
        return ResponseEntity.created(URI.create("/api/users/" + request.username()))
                .header(ConsistencyTokens.HEADER, consistency.after(userId))
                .body(new RegisteredUser(request.username()));
    }

    @PutMapping("/{me}/following/{target}")
    @Operation(summary = "Follow a user", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Following, also if already following (no new event)",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "202", description = "The target is protected: a follow request is pending until "
            + "they approve it (also when it was pending already)",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden", description = "The token is not `{me}`'s, or one of the "
            + "two blocks the other (`urn:flock:problem:blocked`)")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> follow(@PathVariable String me, @PathVariable String target,
                                @AuthenticationPrincipal Jwt token) {
        String userId = actingUser(me, token);
        FollowOutcome outcome = commands.sendAndWait(new FollowUserCommand(userId, otherUser(me, target)));
        return outcome == FollowOutcome.REQUESTED
                ? ResponseEntity.accepted().header(ConsistencyTokens.HEADER, consistency.afterPair()).build()
                : ConsistencyTokens.noContent(consistency.afterPair());
    }

    @DeleteMapping("/{me}/following/{target}")
    @Operation(summary = "Unfollow a user", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Not following, also if not following before (no new event); "
            + "a pending request to the target is withdrawn",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> unfollow(@PathVariable String me, @PathVariable String target,
                                  @AuthenticationPrincipal Jwt token) {
        String userId = actingUser(me, token);
        commands.sendAndWait(new UnfollowUserCommand(userId, otherUser(me, target)));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @PostMapping("/{me}/posts")
    @Operation(summary = "Publish a post of 1 to 280 characters",
            description = "The same `Idempotency-Key` from the same user within 24 h returns the first answer "
                    + "again and publishes nothing new.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "201", description = "Published; `Location` is the post",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN),
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(
                    """
                    {"id": "0f8e3c1a-5b7d-4c2e-9a61-2d4f8b9c0e17", "publishedAt": "2026-11-22T09:15:02.417Z"}""")))
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "413", ref = "ContentTooLarge")
    ResponseEntity<PublishedPost> publish(@PathVariable String me, @RequestBody PublishPostRequest request,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          @AuthenticationPrincipal Jwt token) {
        String userId = actingUser(me, token);
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        PostReceipt receipt = commands.sendAndWait(
                new PublishPostCommand(userId, UUID.randomUUID().toString(), request.body(), key));
        return ResponseEntity.created(URI.create("/api/users/" + me + "/posts/" + receipt.postId()))
                .header(ConsistencyTokens.HEADER, consistency.after(userId))
                .body(new PublishedPost(receipt.postId(), ApiTime.format(receipt.publishedAt())));
    }

    private String actingUser(String me, Jwt token) {
        return accounts.actingUser(me, token);
    }

    /** The id of the user to follow or unfollow: someone registered, and not the acting user. */
    private String otherUser(String me, String target) {
        return accounts.otherUser(me, target, "follow or unfollow");
    }

    record RegisteredUser(String username) {
    }

    record PublishedPost(String id, String publishedAt) {
    }
}
