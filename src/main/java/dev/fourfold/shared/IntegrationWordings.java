package dev.fourfold.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The wordings of the connectors' and webhooks' refusals that {@link RuleTexts} translates: their settings (names,
 * JDBC URLs, passwords, schedules, queries, receivers' addresses and events) and the answers of a test run. A
 * database's own message, carried in some of them, stays as the database wrote it.
 */
final class IntegrationWordings {

    private static final String NUMBER = "(-?\\d+)";

    static final List<RuleTexts.Wording> ALL = List.of(
            wording("is required, at most " + NUMBER + " characters", "rule.requiredAtMost"),
            wording("is at most " + NUMBER + " characters", "rule.atMost"),
            wording("is too long: at most " + NUMBER + " characters", "rule.tooLongAtMost"),
            wording("is taken by another connector", "rule.connector.nameTaken"),
            wording("cannot be given together with passwordEnv: choose one", "rule.connector.passwordTwice"),
            wording("must name an environment variable in capitals, digits and _ \\(e\\.g\\. ERP_PASSWORD\\), not one "
                    + "starting with SPRING_, FOURFOLD_, JAVA_ or JDK_", "rule.connector.variable"),
            wording("names the environment variable (\\S+), which is not set on this server", "rule.connector.unset"),
            wording("cannot be stored: no key is configured\\. Set the environment variable FOURFOLD_CONNECTOR_KEY "
                    + "\\(at least 32 random characters, e\\.g\\. openssl rand -base64 32\\), or name an environment "
                    + "variable that holds the password in passwordEnv", "rule.connector.noKey"),
            wording("must be between " + NUMBER + " and " + NUMBER + " seconds", "rule.connector.seconds"),
            wording("name at least one KPI query, or a query for many KPIs in batchQuery", "rule.connector.noQuery"),
            wording("is not a cron expression \\((.*)\\): write e\\.g\\. '0 30 6 \\* \\* \\*' or '30 6 \\* \\* \\*' for "
                    + "every day at 06:30", "rule.connector.cron"),
            wording("never fires", "rule.connector.neverFires"),
            wording("fires more often than once a minute", "rule.connector.tooOften"),
            wording("names no KPI: '(.*)'", "rule.connector.noKpi"),
            wording("names a calculated KPI, whose values come from its formula", "rule.connector.calculated"),
            wording("names (\\S+) a second time", "rule.connector.secondTime"),
            wording("is required, e\\.g\\. jdbc:postgresql://erp\\.example\\.com:5432/erp", "rule.jdbc.required"),
            wording("is too long or holds control characters", "rule.jdbc.controlOrLong"),
            wording("may not use the driver option '(.*)': it could run code or read local files", "rule.jdbc.option"),
            wording("may not use the parameter '(.*)' \\(allowed for (\\S+): (.*)\\)", "rule.jdbc.parameter"),
            wording("may not name an H2 database: connectors read PostgreSQL, MySQL, MariaDB or SQL Server",
                    "rule.jdbc.noH2"),
            wording("may name only an in-memory or a tcp:// H2 database, never a local file", "rule.jdbc.h2File"),
            wording("must start with jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb:// or jdbc:sqlserver://",
                    "rule.jdbc.driver"),
            wording("holds a malformed percent-encoding", "rule.jdbc.percent"),
            wording("could not connect or read: (.*)", "rule.connector.connect"),
            wording("timed out after " + NUMBER + " s: (.*)", "rule.connector.timedOut"),
            wording("failed in the database: (.*)", "rule.connector.failed"),
            wording("returns more than " + NUMBER + " rows", "rule.connector.tooManyRows"),
            wording("names no KPI code or no period", "rule.connector.noCodeOrPeriod"),
            wording("'(.*)' is not a URL: (.*)", "rule.webhook.notUrl"),
            wording("must be an absolute http or https URL, such as https://hooks\\.example\\.com/fourfold",
                    "rule.webhook.absolute"),
            wording("must not hold a user name or password", "rule.webhook.userInfo"),
            wording("host (\\S+) is not one of fourfold\\.webhooks\\.allowed-hosts \\((.*)\\)", "rule.webhook.notAllowed"),
            wording("host (\\S+) cannot be resolved", "rule.webhook.unresolved"),
            wording("host (\\S+) resolves to (\\S+), a (.*) address: internal addresses are refused unless "
                    + "fourfold\\.webhooks\\.allow-private-addresses is true", "rule.webhook.internal"),
            wording("'(.*)' is not an event; expected one of (.*)", "rule.webhook.notEvent"),
            wording("name at least one of (.*)", "rule.webhook.noEvent"),
            wording("there is no scorecard with id " + NUMBER, "rule.noScorecard"),
            wording("is required on update: send the version you last read", "rule.versionRequired"));

    private IntegrationWordings() {
    }

    private static RuleTexts.Wording wording(String english, String key) {
        return new RuleTexts.Wording(Pattern.compile(english), key);
    }
}
