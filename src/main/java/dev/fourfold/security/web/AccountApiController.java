package dev.fourfold.security.web;

import dev.fourfold.security.ApiToken;
import dev.fourfold.security.TokenService;
import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: who am I, password, API tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account", description = "The signed-in user, their password and their API tokens")
class AccountApiController {

    private final UserService users;
    private final TokenService tokens;
    private final Access access;

    AccountApiController(UserService users, TokenService tokens, Access access) {
        this.users = users;
        this.tokens = tokens;
        this.access = access;
    }

    record Me(String username, String displayName, boolean admin) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record TokenRequest(String name, String scope, Instant expiresAt) {
    }

    /** A new token: {@code secret} is shown this once and never again. */
    record CreatedToken(ApiToken token, String secret) {
    }

    @GetMapping
    @Operation(operationId = "getMe",
            summary = "Who you are: your user name, display name and whether you are an administrator")
    Me me(Actor actor) {
        UserAccount account = users.findByUsername(actor.name()).orElseThrow(() -> new NotFoundException("There is no user " + actor.name() + "."));
        return new Me(account.username(), account.displayName(), access.isAdmin(actor));
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "changeMyPassword", summary = "Change your password, proving the current one")
    void password(@RequestBody PasswordChange change, Actor actor) {
        users.changeOwnPassword(actor, change.currentPassword(), change.newPassword());
    }

    @GetMapping("/tokens")
    @Operation(operationId = "listMyTokens", summary = "Your API tokens (never their secrets)")
    List<ApiToken> tokens(Actor actor) {
        return tokens.mine(actor);
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createMyToken",
            summary = "Create an API token for yourself (scope read or read-write, expiry at most a year); the "
            + "secret is shown once")
    CreatedToken create(@RequestBody TokenRequest request, Actor actor) {
        TokenService.Created created = tokens.create(actor, request.name(), request.scope(), request.expiresAt());
        return new CreatedToken(created.token(), created.secret());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeMyToken", summary = "Revoke one of your tokens")
    void revoke(@PathVariable long id, Actor actor) {
        tokens.revoke(id, actor);
    }
}
