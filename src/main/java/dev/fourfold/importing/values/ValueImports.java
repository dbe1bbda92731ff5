package dev.fourfold.importing.values;

import dev.fourfold.importing.ValuesImported;
import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.OpenPeriods;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.BatchResult;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files of actual values: upload → preview → commit. The preview reads the file and runs the value
 * service's own batch, rules and all, in a transaction that is rolled back, so it reports exactly what the commit
 * would create, change or leave, and every refused row with its row and column. The commit reads the kept file
 * again and records all its values in one batch, with the source {@code import}: all or nothing, and a file whose
 * values are already stored changes nothing and says so. An import is seen by the one who uploaded it and by
 * administrators.
 */
@Service
public class ValueImports {

    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]\\.?(\\w*).*");

    private final ActualService actuals;
    private final KpiService kpis;
    private final OrganisationService organisation;
    private final ValueImportRepository imports;
    private final Access access;
    private final TransactionTemplate transactions;
    private final TransactionTemplate dryRuns;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ValueImports(ActualService actuals, KpiService kpis, OrganisationService organisation,
                 ValueImportRepository imports, Access access, TransactionTemplate transactions, Clock clock,
                 ApplicationEventPublisher events) {
        this.events = events;
        this.actuals = actuals;
        this.kpis = kpis;
        this.organisation = organisation;
        this.imports = imports;
        this.access = access;
        this.transactions = transactions;
        this.dryRuns = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.dryRuns.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A file as read: its values as the batch's items, in the order of its rows, and its own problems. */
    private record Reading(ValueFiles.Read read, List<ValueRow> rows, List<ActualService.Item> items,
                           List<String> headers, List<RowProblem> problems, int problemCount, int empty) {
    }

    /** Reads and checks a file and keeps it, without writing any value. */
    public ValueImport preview(String fileName, byte[] content, Actor actor) {
        Actor importer = actor.via(ChangeSource.IMPORT);
        Reading reading = read(content);
        List<RowProblem> problems = new ArrayList<>(reading.problems());
        int problemCount = reading.problemCount();
        BatchResult counts = new BatchResult(0, 0, 0);
        if (!reading.items().isEmpty()) {
            try {
                counts = dryRun(reading.items(), importer);
            } catch (InvalidInputException e) {
                List<RowProblem> refused = rowProblems(e, reading);
                problemCount += refused.size();
                refused.stream().limit(Math.max(0, ValueImport.SHOWN - problems.size())).forEach(problems::add);
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::column));
        ValueImport draft = new ValueImport(0, name(fileName), reading.read().format().name().toLowerCase(Locale.ROOT),
                reading.read().layout(), sha256(content), "previewed", reading.read().rows(),
                counts.created(), counts.updated(), counts.unchanged(), reading.empty(), problemCount,
                List.copyOf(problems), actor.name(), clock.instant(), null, null);
        long id = imports.insert(draft, content);
        return get(id, actor);
    }

    public ValueImport get(long id, Actor actor) {
        ValueImport found = imports.find(id).orElseThrow(() -> new NotFoundException("import", id));
        if (!found.createdBy().equals(actor.name()) && !access.isAdmin(actor)) {
            throw new NotFoundException("import", id);
        }
        return found;
    }

    /** The newest imports the actor may see: their own, or everyone's for an administrator. */
    public List<ValueImport> history(Actor actor, int limit) {
        return imports.latest(access.isAdmin(actor) ? null : actor.name(), Math.min(Math.max(limit, 1), 200));
    }

    /**
     * Records the values of a previewed file in one batch. Refused when the file has problems, when it was
     * committed already, or when the values it would write are refused now (someone locked a period meanwhile):
     * then nothing is written.
     */
    public ValueImport commit(long id, Actor actor) {
        ValueImport shown = get(id, actor);
        if (!"previewed".equals(shown.status())) {
            throw new ConflictException("already-committed", "The import " + id + " was committed by "
                    + shown.committedBy() + " at " + shown.committedAt() + ": upload the file again to import it again.");
        }
        if (shown.problemCount() > 0) {
            throw new InvalidInputException("file", "has " + shown.problemCount() + " problems: correct the rows "
                    + "the preview names and upload the file again");
        }
        byte[] content = imports.content(id).orElseThrow(() -> new NotFoundException("import", id));
        Reading reading = read(content);
        Actor importer = actor.via(ChangeSource.IMPORT);
        try {
            return transactions.execute(status -> {
                BatchResult result = reading.items().isEmpty() ? new BatchResult(0, 0, 0)
                        : actuals.recordAll(reading.items(), importer);
                if (!imports.commit(id, result.created(), result.updated(), result.unchanged(), actor.name(),
                        clock.instant())) {
                    throw new ConflictException("already-committed", "The import " + id + " was committed meanwhile.");
                }
                ValueImport done = imports.find(id).orElseThrow();
                events.publishEvent(new ValuesImported(id, done.fileName(), result.created(), result.updated(),
                        result.unchanged(), actor.name(), java.util.Objects.requireNonNull(done.committedAt())));
                return done;
            });
        } catch (InvalidInputException e) {
            List<RowProblem> refused = rowProblems(e, reading);
            throw new InvalidInputException(refused.stream().limit(ValueImport.SHOWN)
                    .map(p -> new FieldProblem(p.location(), p.message())).toList());
        }
    }

    /**
     * What the batch would do, in a transaction of its own that is rolled back whatever happens (its own, so that
     * a caller's transaction can never keep what it wrote).
     */
    private BatchResult dryRun(List<ActualService.Item> items, Actor importer) {
        return dryRuns.execute(status -> {
            status.setRollbackOnly();
            return actuals.recordAll(items, importer);
        });
    }

    private Reading read(byte[] content) {
        Collector collector = new Collector();
        ValueFiles.Read read;
        try {
            read = ValueFiles.read(FileSource.of(content), collector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Kpi> dated = datedKpis(collector.rows);
        int fy = organisation.get().fiscalYearStart();
        List<ActualService.Item> items = new ArrayList<>(collector.rows.size());
        for (ValueRow row : collector.rows) {
            items.add(new ActualService.Item(null, row.kpiCode(), period(row, dated, fy), row.value(), row.comment(),
                    null, null));
        }
        return new Reading(read, collector.rows, items, collector.headers, collector.problems, collector.problemCount,
                collector.empty);
    }

    /** The KPIs of the rows whose period is a spreadsheet date, by upper-case code. */
    private Map<String, Kpi> datedKpis(List<ValueRow> rows) {
        var codes = rows.stream().filter(ValueRow::dated).map(r -> r.kpiCode().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return codes.isEmpty() ? Map.of() : kpis.findByCodes(codes).stream()
                .collect(Collectors.toMap(k -> k.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    }

    /** The period of a row: as written, or for a spreadsheet date the period of the KPI's frequency holding it. */
    private static String period(ValueRow row, Map<String, Kpi> dated, int fy) {
        Kpi kpi = row.dated() ? dated.get(row.kpiCode().toUpperCase(Locale.ROOT)) : null;
        return kpi == null ? row.period()
                : OpenPeriods.containing(kpi.collection().frequency(), LocalDate.parse(row.period()), fy).key();
    }

    /** The batch's refusals at the rows and columns they came from. */
    private static List<RowProblem> rowProblems(InvalidInputException e, Reading reading) {
        List<RowProblem> problems = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            Matcher m = ITEM.matcher(p.field());
            if (!m.matches() || Integer.parseInt(m.group(1)) >= reading.rows().size()) {
                problems.add(new RowProblem(0, 0, "", p.message()));
                continue;
            }
            ValueRow row = reading.rows().get(Integer.parseInt(m.group(1)));
            int column = switch (m.group(2)) {
                case "kpiCode", "kpiId" -> row.codeColumn();
                case "period" -> row.periodColumn();
                default -> row.column();
            };
            String header = column >= 1 && column <= reading.headers().size() ? reading.headers().get(column - 1) : "";
            problems.add(new RowProblem(row.row(), column, header, p.message()));
        }
        return problems;
    }

    private static String name(String fileName) {
        String plain = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        plain = plain.length() > 200 ? plain.substring(plain.length() - 200) : plain;
        return plain.isEmpty() ? "upload" : plain;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects a file's rows and problems, listing the first {@link ValueImport#SHOWN} problems. */
    private static final class Collector implements ValueSink {
        final List<ValueRow> rows = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();
        List<String> headers = List.of();
        int problemCount;
        int empty;

        @Override
        public void value(ValueRow row) {
            rows.add(row);
        }

        @Override
        public void problem(RowProblem problem) {
            problemCount++;
            if (problems.size() < ValueImport.SHOWN) {
                problems.add(problem);
            }
        }

        @Override
        public void header(List<String> cells) {
            headers = List.copyOf(cells);
        }

        @Override
        public void empty(int row) {
            empty++;
        }
    }
}
