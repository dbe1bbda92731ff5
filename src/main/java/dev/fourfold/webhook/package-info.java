/**
 * Webhooks: administrators subscribe receivers to events (values recorded, reviewed or deleted, targets revised,
 * imports committed, periods locked or unlocked, KPI statuses changed); each event is written to a durable outbox in
 * the transaction of the change (a changed status by the watcher that checks the periods each write queues), then
 * sent signed with HMAC-SHA256, retried with exponential backoff, and logged with the receiver's last answer.
 */
@ApplicationModule(allowedDependencies = {"evaluation", "importing", "kpi", "measurement", "scorecard", "scoring",
        "shared"})
@NullMarked
package dev.fourfold.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
