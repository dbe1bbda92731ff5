package dev.fourfold.importing.values;

import dev.fourfold.importing.ValuesImported;
import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.kpi.TargetService;
import dev.fourfold.measurement.ActualService;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files of actual values or of targets: upload → preview → commit. A file is read as a stream and handled
 * in chunks of {@value #CHUNK} rows, so that a file of a million rows never sits in memory. The preview runs the
 * service's own checks on every chunk without writing (rules, permissions, locks, and what each value would create,
 * change or leave), finds values given twice anywhere in the file and values far outside their KPI's history, and
 * keeps the file compressed. The commit reads the kept file again and records its chunks in one transaction, with
 * the source {@code import}: all or nothing, and a file whose values are already stored changes nothing and says
 * so. An import is seen by the one who uploaded it and by administrators.
 */
@Service
public class ValueImports {

    /** Rows checked and written at a time: the value service's largest batch. */
    static final int CHUNK = PeriodValueRules.MAX_BATCH;

    private final ActualService actuals;
    private final ImportItems items;
    private final ValueImportRepository imports;
    private final Access access;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TargetService targets;
    private final TransactionTemplate dryRuns;
    private final ApplicationEventPublisher events;

    ValueImports(ActualService actuals, ImportItems items,
                 ValueImportRepository imports, Access access, TransactionTemplate transactions, Clock clock,
                 ApplicationEventPublisher events, TargetService targets) {
        this.events = events;
        this.targets = targets;
        this.dryRuns = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.dryRuns.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.actuals = actuals;
        this.items = items;
        this.imports = imports;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Reads and checks a file of actual values and keeps it, writing no value. */
    public ValueImport preview(String fileName, FileSource upload, Actor actor) {
        return preview(fileName, ValueImport.ACTUAL, upload, actor);
    }

    /**
     * Reads and checks a file (read again from its source, so a file on disk) of actual values or targets
     * ({@code kind}) and keeps it, writing nothing.
     */
    public ValueImport preview(String fileName, String kind, FileSource upload, Actor actor) {
        boolean targetFile = kind(kind);
        KeptFile kept = KeptFile.of(upload);
        try {
            Actor importer = actor.via(ChangeSource.IMPORT);
            ImportPreview values = new ImportPreview(actuals, importer, CHUNK);
            TargetPreview targetValues = new TargetPreview(targets, importer, this::dryRun);
            RowChunks chunks = new RowChunks(CHUNK, (rows, headers) -> {
                if (targetFile) {
                    targetValues.check(rows, items.targetItems(rows), headers);
                } else {
                    values.check(rows, items.items(rows), headers);
                }
            });
            ValueFiles.Read read = read(upload, chunks);
            if (!targetFile && chunks.headers.stream().anyMatch(h -> h.strip().equalsIgnoreCase("series"))) {
                chunks.problem(new RowProblem(0, 0, "", "a file of actual values has no series column: import it as "
                        + "targets to import targets, budgets or stretch targets"));
            }
            ImportPreview.Outcome outcome = targetFile ? targetValues.finish(chunks) : values.finish(chunks);
            ValueImport draft = new ValueImport(0, name(fileName), kind, read.format().name().toLowerCase(Locale.ROOT),
                    read.layout(), kept.sha256(), "previewed", read.rows(), outcome.counts().created(),
                    outcome.counts().updated(), outcome.counts().unchanged(), chunks.empty, outcome.problemCount(),
                    outcome.problems(), outcome.warningCount(), outcome.warnings(), actor.name(), clock.instant(),
                    null, null);
            long id = imports.insert(draft, kept);
            return get(id, actor);
        } finally {
            kept.delete();
        }
    }

    /** Reads and checks a file of actual values given as bytes (small files, tests). */
    public ValueImport preview(String fileName, byte[] content, Actor actor) {
        return preview(fileName, FileSource.of(content), actor);
    }

    /** Whether the kind names targets; refuses a kind that is neither. */
    private static boolean kind(String kind) {
        if (!ValueImport.ACTUAL.equals(kind) && !ValueImport.TARGET.equals(kind)) {
            throw new InvalidInputException("kind", "'" + kind + "' is not a kind of file: expected actual (actual "
                    + "values) or target (targets, budgets and stretch targets)");
        }
        return ValueImport.TARGET.equals(kind);
    }

    /** A chunk's batch in a transaction of its own that is rolled back whatever happens. */
    private BatchResult dryRun(java.util.function.Supplier<BatchResult> batch) {
        return dryRuns.execute(status -> {
            status.setRollbackOnly();
            return batch.get();
        });
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
     * Records the values of a previewed file, chunk by chunk in one transaction. Refused when the file has problems,
     * when it was committed already, or when the values it would write are refused now (someone locked a period
     * meanwhile): then nothing is written.
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
        Path file = imports.restore(id).orElseThrow(() -> new NotFoundException("import", id));
        try {
            Actor importer = actor.via(ChangeSource.IMPORT);
            // one time for every chunk: the change log finds an import's changes by it (stored to the microsecond)
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return transactions.execute(status -> {
                BatchResult[] total = {new BatchResult(0, 0, 0)};
                boolean targetFile = ValueImport.TARGET.equals(shown.kind());
                RowChunks chunks = new RowChunks(CHUNK, (rows, headers) -> total[0] = sum(total[0], targetFile
                        ? recordTargets(rows, headers, importer) : record(rows, headers, importer, at)));
                read(FileSource.of(file), chunks);
                BatchResult result = total[0];
                if (!imports.commit(id, result.created(), result.updated(), result.unchanged(), actor.name(), at)) {
                    throw new ConflictException("already-committed", "The import " + id + " was committed meanwhile.");
                }
                ValueImport done = imports.find(id).orElseThrow();
                events.publishEvent(new ValuesImported(id, done.fileName(), result.created(), result.updated(),
                        result.unchanged(), actor.name(), java.util.Objects.requireNonNull(done.committedAt())));
                return done;
            });
        } finally {
            delete(file);
        }
    }

    /** Records one chunk; a refusal names the chunk's rows and columns. */
    private BatchResult record(List<ValueRow> rows, List<String> headers, Actor importer, Instant at) {
        try {
            return actuals.recordAll(items.items(rows), importer, at);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(ImportItems.rowProblems(e.problems(), rows, headers).stream()
                    .limit(ValueImport.SHOWN).map(p -> new FieldProblem(p.location(), p.message())).toList());
        }
    }

    /** Records one chunk of targets; a refusal names the chunk's rows and columns. */
    private BatchResult recordTargets(List<ValueRow> rows, List<String> headers, Actor importer) {
        try {
            return targets.recordAll(items.targetItems(rows), importer);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(ImportItems.rowProblems(e.problems(), rows, headers).stream()
                    .limit(ValueImport.SHOWN).map(p -> new FieldProblem(p.location(), p.message())).toList());
        }
    }

    private static BatchResult sum(BatchResult a, BatchResult b) {
        return new BatchResult(a.created() + b.created(), a.updated() + b.updated(), a.unchanged() + b.unchanged());
    }

    private static ValueFiles.Read read(FileSource source, RowChunks chunks) {
        try {
            ValueFiles.Read read = ValueFiles.read(source, chunks);
            chunks.flush();
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String fileName) {
        String plain = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        plain = plain.length() > 200 ? plain.substring(plain.length() - 200) : plain;
        return plain.isEmpty() ? "upload" : plain;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
