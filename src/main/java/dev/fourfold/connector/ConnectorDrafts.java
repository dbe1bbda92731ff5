package dev.fourfold.connector;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/** Checks a connector as written, naming every field that is wrong, and turns it into what is stored. */
@Component
class ConnectorDrafts {

    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");
    private static final List<String> RESERVED = List.of("SPRING_", "FOURFOLD_", "JAVA_", "JDK_");
    private static final int LONGEST_SQL = 20_000;

    private final KpiService kpis;
    private final ConnectorSecrets secrets;
    private final ConnectorRepository connectors;

    ConnectorDrafts(KpiService kpis, ConnectorSecrets secrets, ConnectorRepository connectors) {
        this.kpis = kpis;
        this.secrets = secrets;
        this.connectors = connectors;
    }

    /** The checked draft: the fields to store and the KPI queries. */
    record Checked(ConnectorRepository.Fields fields, List<Connector.KpiQuery> queries) {
    }

    /** Checks a draft; {@code keptSecret} is the stored password of the connector being changed, if any. */
    Checked check(ConnectorDraft d, long id, @Nullable String keptSecret, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            problems.add(new FieldProblem("name", "is required, at most 100 characters"));
        } else if (connectors.nameTaken(name, id)) {
            problems.add(new FieldProblem("name", "is taken by another connector"));
        }
        collect(problems, () -> JdbcUrls.check(d.jdbcUrl(), secrets.allowH2()));
        String user = blankToNull(d.username());
        if (user != null && user.length() > 200) {
            problems.add(new FieldProblem("username", "is at most 200 characters"));
        }
        String env = blankToNull(d.passwordEnv());
        String password = d.password() == null || d.password().isEmpty() ? null : d.password();
        String secret = env != null ? null : keptSecret;
        if (env != null && password != null) {
            problems.add(new FieldProblem("password", "cannot be given together with passwordEnv: choose one"));
        } else if (env != null && (!VARIABLE.matcher(env).matches() || RESERVED.stream().anyMatch(env::startsWith))) {
            problems.add(new FieldProblem("passwordEnv", "must name an environment variable in capitals, digits and _ "
                    + "(e.g. ERP_PASSWORD), not one starting with SPRING_, FOURFOLD_, JAVA_ or JDK_"));
        } else if (password != null) {
            secret = collect(problems, () -> secrets.encrypt(password)).orElse(null);
        }
        String cron = collect(problems, () -> cron(d.cron(), zone)).orElse("");
        int timeout = d.timeoutSeconds() == null ? 30 : d.timeoutSeconds();
        if (timeout < 1 || timeout > 3600) {
            problems.add(new FieldProblem("timeoutSeconds", "must be between 1 and 3600 seconds"));
        }
        String batch = blankToNull(d.batchQuery());
        if (batch != null && batch.length() > LONGEST_SQL) {
            problems.add(new FieldProblem("batchQuery", "is at most " + LONGEST_SQL + " characters"));
        }
        List<Connector.KpiQuery> queries = queries(d.queries() == null ? List.of() : d.queries(), problems);
        if (queries.isEmpty() && batch == null && problems.isEmpty()) {
            problems.add(new FieldProblem("queries", "name at least one KPI query, or a query for many KPIs in batchQuery"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(new ConnectorRepository.Fields(name, d.jdbcUrl().strip(), user, env, secret, cron,
                d.active() == null || d.active(), batch, timeout), queries);
    }

    /**
     * A cron expression as Spring reads it (six fields, seconds first), or five fields as in crontab, to which a
     * seconds field of 0 is added; at most one run a minute.
     */
    static String cron(@Nullable String text, ZoneId zone) {
        String cron = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (cron.split(" ").length == 5) {
            cron = "0 " + cron;
        }
        CronExpression expression;
        try {
            expression = CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cron", "is not a cron expression (" + e.getMessage() + "): write e.g. "
                    + "'0 30 6 * * *' or '30 6 * * *' for every day at 06:30");
        }
        ZonedDateTime first = expression.next(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, zone));
        ZonedDateTime second = first == null ? null : expression.next(first);
        if (first == null) {
            throw new InvalidInputException("cron", "never fires");
        }
        if (second != null && Duration.between(first, second).compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InvalidInputException("cron", "fires more often than once a minute");
        }
        return cron;
    }

    private List<Connector.KpiQuery> queries(List<ConnectorDraft.QueryDraft> drafts, List<FieldProblem> problems) {
        List<Connector.KpiQuery> queries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            ConnectorDraft.QueryDraft q = drafts.get(i);
            String code = q.kpiCode() == null ? "" : q.kpiCode().strip();
            String sql = q.sql() == null ? "" : q.sql().strip();
            Optional<Kpi> kpi = code.isEmpty() ? Optional.empty() : kpis.findByCode(code.toUpperCase(Locale.ROOT))
                    .or(() -> kpis.findByCode(code));
            if (kpi.isEmpty() || kpi.get().retired()) {
                problems.add(new FieldProblem("queries[" + i + "].kpiCode", "names no KPI: '" + code + "'"));
            } else if (kpi.get().isFormula()) {
                problems.add(new FieldProblem("queries[" + i + "].kpiCode", "names a calculated KPI, whose values come "
                        + "from its formula"));
            } else if (!seen.add(kpi.get().id())) {
                problems.add(new FieldProblem("queries[" + i + "].kpiCode", "names " + code + " a second time"));
            } else if (sql.isEmpty() || sql.length() > LONGEST_SQL) {
                problems.add(new FieldProblem("queries[" + i + "].sql", "is required, at most " + LONGEST_SQL
                        + " characters"));
            } else {
                queries.add(new Connector.KpiQuery(kpi.get().id(), kpi.get().code(), sql));
            }
        }
        return queries;
    }

    private static <T> Optional<T> collect(List<FieldProblem> problems, java.util.function.Supplier<T> check) {
        try {
            return Optional.ofNullable(check.get());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
