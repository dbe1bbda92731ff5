package dev.fourfold.webhook.web;

import dev.fourfold.shared.Actor;
import dev.fourfold.webhook.WebhookDelivery;
import dev.fourfold.webhook.WebhookSubscription;
import dev.fourfold.webhook.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions and their delivery logs (administrators). */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed event deliveries to receivers, with retries and a delivery log (administrators)")
class WebhookApiController {

    private final Webhooks webhooks;

    WebhookApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** A subscription as a client sends it; {@code version} is required on update. */
    record WebhookRequest(@Nullable String url, @Nullable List<String> events, @Nullable Long scorecardId,
                          @Nullable Boolean active, @Nullable String description, @Nullable Long version) {

        Webhooks.Draft draft() {
            return new Webhooks.Draft(url, events, scorecardId, active, description);
        }
    }

    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "List the webhook subscriptions (administrators)")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    List<WebhookSubscription> list(Actor actor) {
        return webhooks.list(actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to events; the answer holds the signing "
            + "secret, which is shown this once")
    Webhooks.CreatedWebhook create(@RequestBody WebhookRequest r, Actor actor) {
        return webhooks.create(r.draft(), actor);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get one webhook subscription (administrators)")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    WebhookSubscription get(@PathVariable long id, Actor actor) {
        return webhooks.get(id, actor);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateWebhook", summary = "Change a subscription's URL, events, scorecard, active flag "
            + "or description, sending the version you read")
    WebhookSubscription update(@PathVariable long id, @RequestBody WebhookRequest r, Actor actor) {
        return webhooks.update(id, r.draft(), r.version(), actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription with its delivery log")
    void delete(@PathVariable long id, @RequestParam(required = false) @Nullable Long version, Actor actor) {
        webhooks.delete(id, version, actor);
    }

    @PostMapping("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace the subscription's signing secret; the answer "
            + "holds the new secret, which is shown this once, and deliveries not sent yet are signed with it")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    Webhooks.RotatedWebhookSecret rotateSecret(@PathVariable long id, Actor actor) {
        return webhooks.rotateSecret(id, actor);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's newest 100 deliveries, newest "
            + "first: status, attempts, next attempt and the receiver's last answer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    List<WebhookDelivery> deliveries(@PathVariable long id, Actor actor) {
        return webhooks.deliveries(id, actor);
    }

    @PostMapping("/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "sendWebhookTestEvent", summary = "Queue a signed ping event to the subscription; it is "
            + "sent at the next poll and shows in the delivery log")
    WebhookDelivery test(@PathVariable long id, Actor actor) {
        return webhooks.sendTest(id, actor);
    }
}
