/** The webhooks' API under {@code /api/v1/webhooks} and their administration page {@code /webhooks}. */
@NullMarked
package dev.fourfold.webhook.web;

import org.jspecify.annotations.NullMarked;
