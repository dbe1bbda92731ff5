package dev.fourfold.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.RuleTexts;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The refusals of JDBC URLs, as the checks state them, read in German and kept word for word in English. */
class ConnectorWordingsTests {

    static Stream<String> refusals() {
        return Stream.of("", "jdbc:postgresql://erp/x\u0007", "jdbc:postgresql://erp/x?socketFactory=evil",
                "jdbc:postgresql://erp/x?foo=1", "jdbc:h2:mem:x", "jdbc:oracle:thin:@erp:1521:x",
                "jdbc:postgresql://erp/x?%zz").map(url -> catchThrowableOfType(InvalidInputException.class,
                () -> JdbcUrls.check(url, false)).problems().get(0).message());
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void readsEveryRefusalOfAJdbcUrlInGerman(String message) {
        assertThat(RuleTexts.in(Locale.GERMAN, message)).isNotEqualTo(message);
        assertThat(RuleTexts.in(Locale.ENGLISH, message)).isEqualTo(message);
    }
}
