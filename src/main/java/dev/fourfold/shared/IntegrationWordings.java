package dev.fourfold.shared;

import static dev.fourfold.shared.RuleTexts.NUMBER;

import dev.fourfold.shared.RuleTexts.Wording;
import java.util.List;

/**
 * The wordings of the connectors' and webhooks' refusals that {@link RuleTexts} translates: their settings (names,
 * JDBC URLs, passwords, schedules, queries, receivers' addresses and events) and the answers of a test run. A
 * database's own message, carried in some of them, stays as the database wrote it.
 */
final class IntegrationWordings {

    static final List<Wording> ALL = List.of(
            Wording.of("is required, at most " + NUMBER + " characters", "rule.requiredAtMost"),
            Wording.of("is at most " + NUMBER + " characters", "rule.atMost"),
            Wording.of("is too long: at most " + NUMBER + " characters", "rule.tooLongAtMost"),
            Wording.of("is taken by another connector", "rule.connector.nameTaken"),
            Wording.of("cannot be given together with passwordEnv: choose one", "rule.connector.passwordTwice"),
            Wording.of("must name an environment variable in capitals, digits and _ \\(e\\.g\\. ERP_PASSWORD\\), not one "
                    + "starting with SPRING_, FOURFOLD_, JAVA_ or JDK_", "rule.connector.variable"),
            Wording.of("names the environment variable (\\S+), which is not set on this server", "rule.connector.unset"),
            Wording.of("cannot be stored: no key is configured\\. Set the environment variable FOURFOLD_CONNECTOR_KEY "
                    + "\\(at least 32 random characters, e\\.g\\. openssl rand -base64 32\\), or name an environment "
                    + "variable that holds the password in passwordEnv", "rule.connector.noKey"),
            Wording.of("must be between " + NUMBER + " and " + NUMBER + " seconds", "rule.connector.seconds"),
            Wording.of("name at least one KPI query, or a query for many KPIs in batchQuery", "rule.connector.noQuery"),
            Wording.of("is not a cron expression \\((.*)\\): write e\\.g\\. '0 30 6 \\* \\* \\*' or '30 6 \\* \\* \\*' for "
                    + "every day at 06:30", "rule.connector.cron"),
            Wording.of("never fires", "rule.connector.neverFires"),
            Wording.of("fires more often than once a minute", "rule.connector.tooOften"),
            Wording.of("names no KPI: '(.*)'", "rule.connector.noKpi"),
            Wording.of("names a calculated KPI, whose values come from its formula", "rule.connector.calculated"),
            Wording.of("names (\\S+) a second time", "rule.connector.secondTime"),
            Wording.of("is required, e\\.g\\. jdbc:postgresql://erp\\.example\\.com:5432/erp", "rule.jdbc.required"),
            Wording.of("is too long or holds control characters", "rule.jdbc.controlOrLong"),
            Wording.of("may not use the driver option '(.*)': it could run code or read local files", "rule.jdbc.option"),
            Wording.of("may not use the parameter '(.*)' \\(allowed for (\\S+): (.*)\\)", "rule.jdbc.parameter"),
            Wording.of("may not name an H2 database: connectors read PostgreSQL, MySQL, MariaDB or SQL Server",
                    "rule.jdbc.noH2"),
            Wording.of("may name only an in-memory or a tcp:// H2 database, never a local file", "rule.jdbc.h2File"),
            Wording.of("must start with jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb:// or jdbc:sqlserver://",
                    "rule.jdbc.driver"),
            Wording.of("holds a malformed percent-encoding", "rule.jdbc.percent"),
            Wording.of("could not connect or read: (.*)", "rule.connector.connect"),
            Wording.of("timed out after " + NUMBER + " s: (.*)", "rule.connector.timedOut"),
            Wording.of("failed in the database: (.*)", "rule.connector.failed"),
            Wording.of("returns more than " + NUMBER + " rows", "rule.connector.tooManyRows"),
            Wording.of("names no KPI code or no period", "rule.connector.noCodeOrPeriod"),
            Wording.of("'(.*)' is not a URL: (.*)", "rule.webhook.notUrl"),
            Wording.of("must be an absolute http or https URL, such as https://hooks\\.example\\.com/fourfold",
                    "rule.webhook.absolute"),
            Wording.of("must not hold a user name or password", "rule.webhook.userInfo"),
            Wording.of("host (\\S+) is not one of fourfold\\.webhooks\\.allowed-hosts \\((.*)\\)", "rule.webhook.notAllowed"),
            Wording.of("host (\\S+) cannot be resolved", "rule.webhook.unresolved"),
            Wording.of("host (\\S+) resolves to (\\S+), a (.*) address: internal addresses are refused unless "
                    + "fourfold\\.webhooks\\.allow-private-addresses is true", "rule.webhook.internal"),
            Wording.of("'(.*)' is not an event; expected one of (.*)", "rule.webhook.notEvent"),
            Wording.of("name at least one of (.*)", "rule.webhook.noEvent"),
            Wording.of("there is no scorecard with id " + NUMBER, "rule.noScorecard"),
            Wording.of("is required on update: send the version you last read", "rule.versionRequired"));

    private IntegrationWordings() {
    }
}
