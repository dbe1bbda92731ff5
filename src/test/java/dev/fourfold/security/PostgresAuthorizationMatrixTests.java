package dev.fourfold.security;

import dev.fourfold.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The authorisation matrix on a real PostgreSQL server: the grant queries are SQL of their own. */
class PostgresAuthorizationMatrixTests extends AuthorizationMatrixTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
