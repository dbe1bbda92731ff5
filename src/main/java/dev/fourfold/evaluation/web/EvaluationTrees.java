package dev.fourfold.evaluation.web;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.evaluation.LockedViews;
import dev.fourfold.kpi.PeriodLock;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation tree of a scorecard as the API and the pages show it: computed from today's definitions and
 * values, or, for a view that a period lock froze (see {@link LockedViews}), the snapshot kept at locking with the
 * KPIs that would differ today. A view that reaches past a locked period is live and says so.
 */
@Component
class EvaluationTrees {

    /** Prefix of a compressed snapshot of many views; a lock made before views were frozen holds one plain tree. */
    private static final String GZIP = "gzip:";
    /** The snapshot column's size. */
    private static final int MAX_SNAPSHOT = 1_000_000;

    private final EvaluationService evaluations;
    private final PeriodLocks locks;
    private final OrganisationService organisation;
    private final JsonMapper json;

    EvaluationTrees(EvaluationService evaluations, PeriodLocks locks, OrganisationService organisation, JsonMapper json) {
        this.evaluations = evaluations;
        this.locks = locks;
        this.organisation = organisation;
        this.json = json;
    }

    /** The views a lock keeps, by {@link LockedViews#key}. */
    record Snapshot(Map<String, EvaluationResponses.ScorecardNode> views) {
    }

    /**
     * A view of a scorecard with the period locks it touches (reads a month of). Every view comes from the kept model,
     * which its version names: a view inside a locked period shows the lock's snapshot and names the KPIs the kept
     * model evaluates otherwise today. Locked periods change only behind the application's back (SQL by hand), and
     * such a change is seen once the scorecard's version is raised, as every hand-made change (README, "Evaluations
     * from kept models").
     */
    record Checked(long id, Period period, View view, List<PeriodLock> locks, List<PeriodLock> touching,
                   LockedViews views) {
    }

    Checked check(EvaluationService.Prepared prepared) {
        long id = prepared.stored().scorecard().id();
        Period period = prepared.period();
        View view = prepared.view();
        List<PeriodLock> all = prepared.locks();
        if (all.isEmpty()) {
            return new Checked(id, period, view, all, List.of(), null);
        }
        LockedViews views = new LockedViews(organisation.get().fiscalYearStart());
        return new Checked(id, period, view, all, all.stream()
                .filter(l -> views.overlaps(Period.parse(l.period()), period, view)).toList(), views);
    }

    /** The tree of a prepared and checked request (see {@link EvaluationService#prepare} and {@link #check}). */
    EvaluationResponses.ScorecardNode evaluate(EvaluationService.Prepared prepared, Checked c, boolean explain) {
        EvaluationResponses.ScorecardNode current = EvaluationResponses.of(evaluations.evaluate(prepared), explain);
        if (c.touching().isEmpty()) {
            return current;
        }
        Period p = c.period();
        View v = c.view();
        for (PeriodLock lock : c.locks()) {
            if (c.views().covers(Period.parse(lock.period()), p, v)) {
                EvaluationResponses.ScorecardNode frozen = snapshot(lock).views().get(LockedViews.key(p, v));
                if (frozen != null) {
                    return frozen.locked(new EvaluationResponses.LockNode(lock.period(), lock.lockedBy(), lock.lockedAt()),
                            changed(frozen, current), "Frozen: the numbers kept when " + lock.lockedBy() + " locked "
                                    + lock.period() + "; changedSinceLock names the KPIs that would differ today.");
                }
            }
        }
        List<String> overlapping = c.touching().stream().map(PeriodLock::period).toList();
        return current.live("Live: the " + v.key() + " view of " + p.key()
                + " reaches past the locked " + String.join(", ", overlapping)
                + ", so it is computed from today's definitions and values; views inside a locked period show its frozen numbers.");
    }

    /** Locks a period, keeping every view it freezes as computed while writers are held off. */
    PeriodLock lock(long id, String period, Actor actor) {
        return locks.lock(id, period, freeze(id, actor), actor);
    }

    private Function<Period, String> freeze(long id, Actor actor) {
        return locked -> {
            List<EvaluationService.At> at = new LockedViews(organisation.get().fiscalYearStart()).frozenBy(locked);
            Map<String, EvaluationResponses.ScorecardNode> views = new LinkedHashMap<>();
            evaluations.evaluateAll(id, at, actor).forEach(e -> {
                EvaluationResponses.ScorecardNode node = EvaluationResponses.of(e, false);
                views.put(LockedViews.key(Period.parse(node.period()), View.fromKey(node.view())), node);
            });
            String text = GZIP + Base64.getEncoder().encodeToString(gzip(json.writeValueAsString(new Snapshot(views))));
            if (text.length() > MAX_SNAPSHOT) {
                throw new ConflictException("too-large", "The evaluations of " + locked.key() + " are too large to keep ("
                        + at.size() + " views); lock its quarters or months one by one instead. Nothing was locked.");
            }
            return text;
        };
    }

    private Snapshot snapshot(PeriodLock lock) {
        String text = locks.snapshot(lock.id());
        if (text.startsWith(GZIP)) {
            return json.readerFor(Snapshot.class).withAttribute(Decimals.STORED_JSON, true)
                    .readValue(gunzip(Base64.getDecoder().decode(text.substring(GZIP.length()))));
        }
        EvaluationResponses.ScorecardNode one = json.readerFor(EvaluationResponses.ScorecardNode.class)
                .withAttribute(Decimals.STORED_JSON, true).readValue(text);
        return new Snapshot(Map.of(LockedViews.key(Period.parse(lock.period()), View.PERIOD), one));
    }

    /** KPIs whose score, status, actual or target differ between the snapshot and today, or that exist in one only. */
    private static List<String> changed(EvaluationResponses.ScorecardNode frozen, EvaluationResponses.ScorecardNode now) {
        Map<String, EvaluationResponses.KpiNode> today = now.kpis().stream()
                .collect(Collectors.toMap(EvaluationResponses.KpiNode::code, k -> k, (a, b) -> a));
        Set<String> changed = new LinkedHashSet<>();
        for (EvaluationResponses.KpiNode then : frozen.kpis()) {
            EvaluationResponses.KpiNode k = today.remove(then.code());
            if (k == null || !same(then.score(), k.score()) || !Objects.equals(then.status(), k.status())
                    || !same(then.actual(), k.actual()) || !same(then.target(), k.target())) {
                changed.add(then.code());
            }
        }
        changed.addAll(today.keySet());
        return List.copyOf(changed);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
