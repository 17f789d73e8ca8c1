package dev.flock.command.web;

import dev.flock.command.user.ApproveFollowRequestCommand;
import dev.flock.command.user.BlockUserCommand;
import dev.flock.command.user.DeletePostCommand;
import dev.flock.command.user.MuteUserCommand;
import dev.flock.command.user.ProtectAccountCommand;
import dev.flock.command.user.RejectFollowRequestCommand;
import dev.flock.command.user.RemoveFollowerCommand;
import dev.flock.command.user.UnblockUserCommand;
import dev.flock.command.user.UnknownPostException;
import dev.flock.command.user.UnmuteUserCommand;
import dev.flock.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The controls of API v2: block, mute, remove a follower, protect the account, answer follow requests, delete a
 * post. Each call is one command on the acting user's aggregate; every one answers 204 when it is done or when
 * there was nothing to do, with a {@code Consistency-Token} that covers its effects on the other user too.
 */
@Tag(name = "Relationship controls")
@RestController
@RequestMapping("/api/users/{me}")
class RelationshipCommandController {

    private final CommandGateway commands;
    private final ConsistencyTokens consistency;
    private final Accounts accounts;

    RelationshipCommandController(CommandGateway commands, ConsistencyTokens consistency, Accounts accounts) {
        this.commands = commands;
        this.consistency = consistency;
        this.accounts = accounts;
    }

    @PutMapping("/blocks/{target}")
    @Operation(summary = "Block a user", description = "Ends both users' follows of each other and any pending "
            + "request either way; while the block stands neither can follow or ask to follow the other. "
            + "Unblocking restores nothing.", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Blocking, also if blocking already",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> block(@PathVariable String me, @PathVariable String target,
                               @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        commands.sendAndWait(new BlockUserCommand(userId, accounts.otherUser(me, target, "block")));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @DeleteMapping("/blocks/{target}")
    @Operation(summary = "Unblock a user", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Not blocking, also if not blocking before",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> unblock(@PathVariable String me, @PathVariable String target,
                                 @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        commands.sendAndWait(new UnblockUserCommand(userId, accounts.otherUser(me, target, "unblock")));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @PutMapping("/mutes/{target}")
    @Operation(summary = "Mute a user", description = "Private to `{me}`. The target's posts leave `{me}`'s home "
            + "timeline; a follow stays. With `durationSeconds` the mute ends by itself (within 5 s of its end, also "
            + "across restarts); muting again replaces the duration.", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Muting",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> mute(@PathVariable String me, @PathVariable String target,
                              @Valid @RequestBody(required = false) MuteRequest request,
                              @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        Long seconds = request == null ? null : request.durationSeconds();
        commands.sendAndWait(new MuteUserCommand(userId, accounts.otherUser(me, target, "mute"), seconds));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @DeleteMapping("/mutes/{target}")
    @Operation(summary = "Unmute a user", description = "If `{me}` follows the target, all of the target's posts "
            + "are back in the home timeline.", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Not muting, also if not muting before",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> unmute(@PathVariable String me, @PathVariable String target,
                                @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        commands.sendAndWait(new UnmuteUserCommand(userId, accounts.otherUser(me, target, "unmute")));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @DeleteMapping("/followers/{follower}")
    @Operation(summary = "Remove a follower", description = "The follower may follow (or ask to) again later.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Not followed by them, also if not before",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> removeFollower(@PathVariable String me, @PathVariable String follower,
                                        @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        commands.sendAndWait(new RemoveFollowerCommand(userId, accounts.otherUser(me, follower, "remove")));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @PutMapping("/follow-requests/{requester}")
    @Operation(summary = "Approve a follow request", description = "The requester follows `{me}` from now on and "
            + "gets all of `{me}`'s posts.", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Approved",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound", description = "Unknown user, or no request from them")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> approve(@PathVariable String me, @PathVariable String requester,
                                 @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        commands.sendAndWait(new ApproveFollowRequestCommand(userId, accounts.otherUser(me, requester, "approve")));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @DeleteMapping("/follow-requests/{requester}")
    @Operation(summary = "Reject a follow request", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "No request pending from them, also if none was",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "422", ref = "UnprocessableContent")
    ResponseEntity<Void> reject(@PathVariable String me, @PathVariable String requester,
                                @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        commands.sendAndWait(new RejectFollowRequestCommand(userId, accounts.otherUser(me, requester, "reject")));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @PatchMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Protect the account, or lift its protection",
            description = "A protected account's follows are requests it approves; only it and its followers read "
                    + "its posts and lists. Lifting protection approves every pending request at once.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Done",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Void> protect(@PathVariable String me, @Valid @RequestBody AccountPatch patch,
                                 @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        commands.sendAndWait(new ProtectAccountCommand(userId, patch.protect()));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }

    @DeleteMapping("/posts/{id}")
    @Operation(summary = "Delete a post", description = "The post leaves every view, list, count and timeline.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Deleted, also if deleted before",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound", description = "`{me}` never published this post")
    ResponseEntity<Void> deletePost(@PathVariable String me, @PathVariable String id,
                                    @AuthenticationPrincipal Jwt token) {
        String userId = accounts.actingUser(me, token);
        commands.sendAndWait(new DeletePostCommand(userId, postId(id)));
        return ConsistencyTokens.noContent(consistency.after(userId));
    }

    /** Post ids are UUIDs in their canonical form; anything else names no post. */
    private static String postId(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equals(id)) {
                return id;
            }
        } catch (IllegalArgumentException notAUuid) {
            // falls through to the 404
        }
        throw new UnknownPostException();
    }
}
