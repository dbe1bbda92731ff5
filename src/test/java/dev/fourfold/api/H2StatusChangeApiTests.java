package dev.fourfold.api;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The {@code status.changed} webhook through the API, on H2, with the watcher checking every 200 ms: on a database
 * of its own, so that its watcher does not check what other tests queue, and closed after its tests.
 */
@TestPropertySource(properties = {"fourfold.webhooks.status-interval=200ms",
        "spring.datasource.url=jdbc:h2:mem:statuses;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1"})
@DirtiesContext
class H2StatusChangeApiTests extends ApiContract implements StatusChangeApiCases {
}
