package dev.fourfold.security.web;

import dev.fourfold.security.Grant;
import dev.fourfold.security.GrantService;
import dev.fourfold.security.UserAccount;
import dev.fourfold.security.UserService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User and grant administration (administrators only). */
@RestController
@Tag(name = "Users and grants", description = "Accounts and the roles they hold on units and scorecards (administrators)")
class UserApiController {

    private final UserService users;
    private final GrantService grants;

    UserApiController(UserService users, GrantService grants) {
        this.users = users;
        this.grants = grants;
    }

    record UserRequest(String username, String displayName, String password, Boolean admin, Boolean enabled, Long version) {
    }

    record PasswordRequest(String password) {
    }

    record GrantRequest(Long userId, Long unitId, Long scorecardId, String role) {
    }

    @GetMapping("/api/v1/users")
    @Operation(operationId = "listUsers", summary = "List the users (administrators)")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    List<UserAccount> list(Actor actor) {
        return users.list(actor);
    }

    @GetMapping("/api/v1/users/{id}")
    @Operation(operationId = "getUser", summary = "Get one user (administrators)")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    UserAccount get(@PathVariable long id, Actor actor) {
        return users.get(id, actor);
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createUser",
            summary = "Create a user; without a password the user signs in through the identity provider only")
    UserAccount create(@RequestBody UserRequest r, Actor actor) {
        return users.create(r.username(), r.displayName(), r.password(), r.admin() != null && r.admin(), actor);
    }

    @PutMapping("/api/v1/users/{id}")
    @Operation(operationId = "updateUser",
            summary = "Change a user's display name, administrator flag or enabled state, sending the version you "
            + "read (administrators)")
    UserAccount update(@PathVariable long id, @RequestBody UserRequest r, Actor actor) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "is required on update: send the version you last read");
        }
        return users.update(id, r.displayName(), r.admin() != null && r.admin(), r.enabled() == null || r.enabled(),
                r.version(), actor);
    }

    @PutMapping("/api/v1/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "setUserPassword",
            summary = "Set a user's password (which also lets an account held up by failed sign-ins sign in at once)")
    void password(@PathVariable long id, @RequestBody PasswordRequest r, Actor actor) {
        users.setPassword(id, r.password(), actor);
    }

    @GetMapping("/api/v1/grants")
    @Operation(operationId = "listGrants",
            summary = "List the grants of roles, optionally of one user (administrators)")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    List<Grant> grants(@RequestParam(required = false) Long userId, Actor actor) {
        return grants.list(userId, actor);
    }

    @PostMapping("/api/v1/grants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createGrant",
            summary = "Grant a role (SCORECARD_OWNER, KPI_OWNER, VIEWER) on a unit (inherited below it) or a scorecard")
    Grant grant(@RequestBody GrantRequest r, Actor actor) {
        if (r.userId() == null) {
            throw new InvalidInputException("userId", "is required");
        }
        return grants.create(r.userId(), r.unitId(), r.scorecardId(), r.role(), actor);
    }

    @DeleteMapping("/api/v1/grants/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeGrant", summary = "Revoke a grant (administrators)")
    void revoke(@PathVariable long id, Actor actor) {
        grants.delete(id, actor);
    }
}
