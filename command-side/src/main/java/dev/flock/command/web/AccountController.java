package dev.flock.command.web;

import dev.flock.command.account.AccountUser;
import dev.flock.command.user.ChangePasswordCommand;
import dev.flock.command.user.DeleteAccountCommand;
import dev.flock.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The account itself: its password ({@code PUT /api/users/{me}/password}) and its deletion. */
@Tag(name = "Accounts")
@RestController
class AccountController {

    private final CommandGateway commands;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final ConsistencyTokens consistency;

    AccountController(CommandGateway commands, Accounts accounts, PasswordEncoder passwords,
                      ConsistencyTokens consistency) {
        this.commands = commands;
        this.accounts = accounts;
        this.passwords = passwords;
        this.consistency = consistency;
    }

    @PutMapping("/api/users/{me}/password")
    @Operation(summary = "Change the password; every bearer token issued before is refused from then on",
            description = "Authenticated with the current password (HTTP Basic), never with a bearer token.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "204", description = "Changed",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "413", ref = "ContentTooLarge")
    @ApiResponse(responseCode = "429", ref = "TooManyRequests")
    @ApiResponse(responseCode = "503", ref = "ServiceUnavailable")
    ResponseEntity<Void> changePassword(@PathVariable String me, @Valid @RequestBody ChangePasswordRequest request,
                                        @AuthenticationPrincipal AccountUser user) {
        String userId = accounts.authenticatedUser(me, user.userId());
        Accounts.checkNewPassword(request.password(), user.getUsername());
        commands.sendAndWait(new ChangePasswordCommand(userId, passwords.encode(request.password())));
        return ResponseEntity.noContent().header(ConsistencyTokens.HEADER, consistency.after(userId)).build();
    }

    @DeleteMapping("/api/users/{me}")
    @Operation(summary = "Delete the account, for good",
            description = "Authenticated with the password (HTTP Basic), never with a bearer token. Every follow, "
                    + "follow request, block and mute of the account ends; its posts leave every view and timeline; "
                    + "its email and the bodies of its posts become unreadable everywhere, the event store included; "
                    + "every bearer token it had is refused. Its username and email stay taken.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "204", description = "Deleted",
            headers = @Header(name = ConsistencyTokens.HEADER, ref = ApiDocs.CONSISTENCY_TOKEN))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "429", ref = "TooManyRequests")
    @ApiResponse(responseCode = "503", ref = "ServiceUnavailable")
    ResponseEntity<Void> delete(@PathVariable String me, @AuthenticationPrincipal AccountUser user) {
        String userId = accounts.authenticatedUser(me, user.userId());
        commands.sendAndWait(new DeleteAccountCommand(userId));
        return ConsistencyTokens.noContent(consistency.afterPair());
    }
}
