package dev.fourfold.kpi;

import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.Period;
import dev.fourfold.shared.ValueKey;
import dev.fourfold.shared.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks every value recorded against a KPI and a period passes, targets and actual values alike: the KPI
 * exists and is active, the period key is valid and matches the KPI's frequency, the value fits the stored
 * precision. Problems name the field with the caller's path prefix (e.g. {@code items[3].period}).
 */
@Component
public class PeriodValueRules {

    private final KpiRepository kpis;
    private final OrganisationService organisation;
    private final PeriodLocks locks;
    private final Access access;

    PeriodValueRules(KpiRepository kpis, OrganisationService organisation, PeriodLocks locks, Access access) {
        this.access = access;
        this.kpis = kpis;
        this.organisation = organisation;
        this.locks = locks;
    }

    /** The scorecard of a KPI. */
    public long scorecardOf(long kpiId) {
        return kpis.find(kpiId).map(Kpi::scorecardId).orElseThrow(() -> new dev.fourfold.shared.NotFoundException("KPI", kpiId));
    }

    /** Refuses with 409 when the value's period lies in a locked period of its scorecard. */
    public void requireOpen(Resolved r) {
        requireOpen(List.of(r));
    }

    /**
     * Refuses with 409 when any value lies in a locked period of its scorecard; one query per scorecard. Holds the
     * scorecards against a concurrent lock until the transaction ends, so call it inside the writing transaction.
     */
    public void requireOpen(List<Resolved> values) {
        Map<Long, List<PeriodLocks.Touch>> byScorecard = new HashMap<>();
        values.forEach(r -> byScorecard.computeIfAbsent(r.kpi().scorecardId(), sc -> new ArrayList<>())
                .add(new PeriodLocks.Touch(r.period(), "KPI " + r.kpi().code() + " " + r.period().key())));
        locks.requireOpen(byScorecard);
    }

    /** For a preview: why a lock would refuse each value, in the order of the values (null where none would). */
    public List<@Nullable String> lockRefusals(List<Resolved> values) {
        return locks.refusals(values.stream().map(r -> r.kpi().scorecardId()).toList(), values.stream()
                .map(r -> new PeriodLocks.Touch(r.period(), "KPI " + r.kpi().code() + " " + r.period().key())).toList());
    }

    /** Refuses with 409 when the KPI's period lies in a locked period of the scorecard (deletes, approvals). */
    public void requireOpen(long scorecardId, String kpiCode, String periodKey) {
        locks.requireOpen(scorecardId, new PeriodLocks.Touch(Period.parse(periodKey), "KPI " + kpiCode + " " + periodKey));
    }

    /** The most values one batch request may carry. */
    public static final int MAX_BATCH = 10_000;

    /** Refuses batches larger than {@link #MAX_BATCH}. */
    public static void checkBatchSize(int size) {
        if (size > MAX_BATCH) {
            throw new InvalidInputException("items", "has " + size + " items; send at most " + MAX_BATCH + " per request");
        }
    }

    /** A value resolved to its KPI and period. */
    public record Resolved(Kpi kpi, Period period, LocalDate periodStart, BigDecimal value) {

        /** The KPI and period, as stored values are looked up. */
        public ValueKey key() {
            return new ValueKey(kpi.id(), period.key());
        }
    }

    private record Ordered(int item, FieldProblem problem) {
    }

    /** A version an item expects; {@code series} tells apart values of one KPI and period kept in several series. */
    private record Expected(int item, String path, Resolved resolved, long version, String series) {
    }

    /** A KPI and period in one series, as a batch may hold each once. */
    private record Seen(ValueKey key, String series) {
    }

    /**
     * Resolves many items at once; KPIs are looked up once per code or id. A KPI of a scorecard the actor may not
     * read is answered exactly like one that does not exist.
     */
    public final class Batch {
        private final Visibility readable;
        private final Map<String, Kpi> cache = new HashMap<>();
        private final List<Ordered> problems = new ArrayList<>();
        private final List<Expected> expected = new ArrayList<>();
        private final Set<Seen> seen = new HashSet<>();
        private int item;
        private final int fiscalYearStart = organisation.get().fiscalYearStart();

        private Batch(Actor actor) {
            this.readable = access.readableScorecards(actor);
        }

        /**
         * Resolves one item, or records its problems and returns null.
         *
         * @param path    prefix of the item's fields, such as {@code items[3]}, or empty for a single value
         * @param kpiId   the KPI's id, or null when {@code kpiCode} is given
         * @param kpiCode the KPI's code, or null when {@code kpiId} is given
         */
        public Resolved resolve(String path, Long kpiId, String kpiCode, String period, BigDecimal value, boolean valueRequired) {
            int before = problems.size();
            Kpi kpi = kpi(path, kpiId, kpiCode);
            Period p = period(path, period, kpi);
            BigDecimal v = null;
            if (value == null) {
                if (valueRequired) {
                    add(new FieldProblem(field(path, "value"), "is required: a decimal number such as 104.5"));
                }
            } else {
                try {
                    v = Decimals.checked(field(path, "value"), value);
                } catch (InvalidInputException e) {
                    e.problems().forEach(this::add);
                }
            }
            if (problems.size() > before) {
                return null;
            }
            return new Resolved(kpi, p, p.firstDay(fiscalYearStart), v);
        }

        /**
         * Checks what only a batch can get wrong: the same KPI and period twice (at once), and remembers the version
         * the item expects ({@code expectedVersion}, optional) for {@link #checkVersions}.
         */
        public void checkInBatch(String path, Resolved r, Long expectedVersion) {
            checkInBatch(path, r, expectedVersion, "");
        }

        /**
         * As {@link #checkInBatch(String, Resolved, Long)} for values kept in several series (targets, budgets,
         * stretch targets): the same KPI and period may appear once per series; {@code series} is the key of the
         * series, or empty where there is one.
         */
        public void checkInBatch(String path, Resolved r, Long expectedVersion, String series) {
            if (r == null) {
                return;
            }
            if (!seen.add(new Seen(r.key(), series))) {
                add(new FieldProblem(field(path, "period"), "KPI " + r.kpi().code() + " " + r.period().key()
                        + (series.isEmpty() || series.equals("target") ? "" : " (" + series + ")")
                        + " appears twice in the batch"));
            }
            if (expectedVersion != null) {
                expected.add(new Expected(item, path, r, expectedVersion, series));
            }
        }

        /**
         * Reports every item whose expected version is no longer the stored one, asking {@code current} once for
         * the stored versions of all of them (a missing key means the record no longer exists).
         * The problems take the places of their items among the others.
         */
        public void checkVersions(String what, Function<List<ValueKey>, Map<ValueKey, Long>> current) {
            checkVersions(what, (series, keys) -> current.apply(keys));
        }

        /**
         * As {@link #checkVersions(String, Function)} for values kept in several series: {@code current} is asked
         * once per series that items expect versions in, with the series' key (see
         * {@link #checkInBatch(String, Resolved, Long, String)}).
         */
        public void checkVersions(String what,
                                  java.util.function.BiFunction<String, List<ValueKey>, Map<ValueKey, Long>> current) {
            Map<String, List<Expected>> bySeries = new java.util.TreeMap<>();
            expected.forEach(e -> bySeries.computeIfAbsent(e.series(), s -> new ArrayList<>()).add(e));
            bySeries.forEach((series, list) -> checkVersions(what, list,
                    current.apply(series, list.stream().map(e -> e.resolved().key()).toList())));
            expected.clear();
        }

        private void checkVersions(String what, List<Expected> expected, Map<ValueKey, Long> versions) {
            for (Expected e : expected) {
                Resolved r = e.resolved();
                long now = versions.getOrDefault(r.key(), -1L);
                if (now != e.version()) {
                    problems.add(new Ordered(e.item(), new FieldProblem(field(e.path(), "version"), "is stale: the "
                            + what + " of " + r.kpi().code() + " " + r.period().key()
                            + (now < 0 ? " no longer exists" : " is now at version " + now))));
                }
            }
        }

        /**
         * Resolves every item of a batch request with {@code each}, which is given the item's path
         * ({@code items[3]}); an empty item is a problem. Returns one entry per item, null where it was rejected.
         */
        public <T> List<Resolved> resolveEach(List<T> items, java.util.function.BiFunction<String, T, Resolved> each) {
            checkBatchSize(items.size());
            List<Resolved> resolved = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                item = i;
                String path = "items[" + i + "]";
                T item = items.get(i);
                if (item == null) {
                    add(new FieldProblem(path, "is empty"));
                    resolved.add(null);
                } else {
                    resolved.add(each.apply(path, item));
                }
            }
            return resolved;
        }

        /** Records a problem found by the caller. */
        public void problem(String path, String field, String message) {
            add(new FieldProblem(field(path, field), message));
        }

        /** Every problem found so far, in the order of the items. */
        public List<FieldProblem> problems() {
            return problems.stream().sorted(Comparator.comparingInt(Ordered::item)).map(Ordered::problem).toList();
        }

        /** Throws every problem found so far, if any. */
        public void throwIfInvalid() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems());
            }
        }

        private void add(FieldProblem problem) {
            problems.add(new Ordered(item, problem));
        }

        private Kpi kpi(String path, Long kpiId, String kpiCode) {
            if (kpiId == null && (kpiCode == null || kpiCode.isBlank())) {
                add(new FieldProblem(field(path, "kpiId"), "give the KPI's id (kpiId) or its code (kpiCode)"));
                return null;
            }
            String key = kpiId != null ? "#" + kpiId : kpiCode.strip().toLowerCase(java.util.Locale.ROOT);
            Kpi kpi = cache.computeIfAbsent(key, k -> (kpiId != null ? kpis.find(kpiId) : kpis.findByCode(kpiCode))
                    .filter(found -> readable.allows(found.scorecardId())).orElse(null));
            if (kpi == null) {
                add(kpiId != null
                        ? new FieldProblem(field(path, "kpiId"), "there is no KPI with id " + kpiId)
                        : new FieldProblem(field(path, "kpiCode"), "there is no KPI with code '" + kpiCode + "'"));
            } else if (kpi.retired()) {
                add(new FieldProblem(field(path, kpiId != null ? "kpiId" : "kpiCode"),
                        "KPI " + kpi.code() + " is retired; restore it before recording values"));
                return null;
            }
            return kpi;
        }

        private Period period(String path, String key, Kpi kpi) {
            if (key == null || key.isBlank()) {
                add(new FieldProblem(field(path, "period"), "is required, e.g. 2026-03, 2026-Q1 or 2026"));
                return null;
            }
            try {
                Period p = Period.parse(key);
                Frequency collected = kpi == null ? null : kpi.collection().frequency();
                if (kpi != null && p.frequency() != collected) {
                    add(new FieldProblem(field(path, "period"), "'" + key + "' is a " + p.frequency().key()
                            + " period but KPI " + kpi.code() + " is collected " + collected.key()
                            + example(collected.key())));
                    return null;
                }
                return p;
            } catch (IllegalArgumentException e) {
                add(new FieldProblem(field(path, "period"), e.getMessage()));
                return null;
            }
        }
    }

    /**
     * A period range of a list filter: periods starting from the first day of {@code from} up to the last day of
     * {@code to} (either may be null for an open end).
     */
    public record Range(LocalDate from, LocalDate to) {
    }

    /** Resolves the period keys of a list filter, with the organisation's fiscal year. */
    public Range range(String from, String to) {
        int fy = organisation.get().fiscalYearStart();
        List<FieldProblem> found = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        try {
            start = from == null || from.isBlank() ? null : Period.parse(from).firstDay(fy);
        } catch (IllegalArgumentException e) {
            found.add(new FieldProblem("from", e.getMessage()));
        }
        try {
            end = to == null || to.isBlank() ? null : Period.parse(to).lastDay(fy);
        } catch (IllegalArgumentException e) {
            found.add(new FieldProblem("to", e.getMessage()));
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return new Range(start, end);
    }

    /** Starts resolving a batch of values sent by {@code actor}. */
    public Batch batch(Actor actor) {
        return new Batch(actor);
    }

    private static String example(String frequency) {
        return switch (frequency) {
            case "daily" -> " (e.g. 2026-03-15)";
            case "weekly" -> " (e.g. 2026-W11)";
            case "monthly" -> " (e.g. 2026-03)";
            case "quarterly" -> " (e.g. 2026-Q1)";
            default -> " (e.g. 2026)";
        };
    }

    private static String field(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }
}
