package dev.fourfold.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.TestClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A token's last use is recorded to the minute (UTC), written by the first request of each minute only. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class TokenUseTests {

    private static final Actor ADMIN = Actor.user("admin", ChangeSource.API);

    @Autowired
    TokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsTheFirstUseOfATokenAtTheTestClocksTime() {
        TokenService.Created token = tokens.create(ADMIN, "first use", "read", TestClock.NOW.plus(Duration.ofDays(30)));

        assertThat(tokens.authenticate(token.secret())).hasValueSatisfying(h -> assertThat(h.username()).isEqualTo("admin"));

        assertThat(lastUsed(token)).isEqualTo(TestClock.NOW);
    }

    @Test
    void writesNothingWhenAUseInTheSameMinuteIsRecordedAlready() {
        TokenService.Created token = tokens.create(ADMIN, "same minute", "read", TestClock.NOW.plus(Duration.ofDays(30)));
        Instant laterInTheMinute = TestClock.NOW.plusSeconds(40);
        setLastUsed(token, laterInTheMinute);

        assertThat(tokens.authenticate(token.secret())).isPresent();

        assertThat(lastUsed(token)).isEqualTo(laterInTheMinute);
    }

    @Test
    void writesTheFirstUseOfANewMinuteEvenOneSecondAfterThePreviousUse() {
        TokenService.Created token = tokens.create(ADMIN, "new minute", "read", TestClock.NOW.plus(Duration.ofDays(30)));
        setLastUsed(token, TestClock.NOW.minusSeconds(1));

        assertThat(tokens.authenticate(token.secret())).isPresent();

        assertThat(lastUsed(token)).isEqualTo(TestClock.NOW);
    }

    @Test
    void recordsNoUseOfARevokedToken() {
        TokenService.Created token = tokens.create(ADMIN, "revoked", "read", TestClock.NOW.plus(Duration.ofDays(30)));
        tokens.revoke(token.token().id(), ADMIN);

        assertThat(tokens.authenticate(token.secret())).isEmpty();

        assertThat(lastUsed(token)).isNull();
    }

    private void setLastUsed(TokenService.Created token, Instant at) {
        jdbc.sql("update api_token set last_used_at = :at where id = :id").param("at", Timestamp.from(at))
                .param("id", token.token().id()).update();
    }

    private Instant lastUsed(TokenService.Created token) {
        Timestamp at = jdbc.sql("select last_used_at from api_token where id = :id").param("id", token.token().id())
                .query((rs, n) -> rs.getTimestamp(1)).list().get(0);
        return at == null ? null : at.toInstant();
    }
}
