package dev.fourfold.kpi;

import dev.fourfold.audit.ChangeLog;
import dev.fourfold.scorecard.OrganisationService;
import dev.fourfold.scorecard.ScorecardService;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Period;
import dev.fourfold.shared.ScorecardChanges;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Period locks. A scorecard owner locks a period once its numbers are final (after the review meeting); from then
 * on values, targets, approvals and deletions of native periods overlapping it are refused, and only an
 * administrator can unlock it. The lock keeps the evaluation of that moment as a snapshot, which the caller
 * computes while the scorecard is held against writers.
 */
@Service
public class PeriodLocks {

    private final PeriodLockRepository locks;
    private final ScorecardService scorecards;
    private final Access access;
    private final OrganisationService organisation;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final ScorecardChanges changes;
    private final ApplicationEventPublisher events;

    PeriodLocks(PeriodLockRepository locks, ScorecardService scorecards, Access access, OrganisationService organisation,
                ChangeLog changeLog, Clock clock, ScorecardChanges changes, ApplicationEventPublisher events) {
        this.events = events;
        this.changes = changes;
        this.locks = locks;
        this.scorecards = scorecards;
        this.access = access;
        this.organisation = organisation;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public List<PeriodLock> of(long scorecardId, Actor actor) {
        access.requireRead(actor, scorecardId);
        return locks.inPeriodOrder(scorecardId);
    }

    /** The lock of exactly this period, if any. */
    public Optional<PeriodLock> find(long scorecardId, String period) {
        return locks.find(scorecardId, period);
    }

    /**
     * Locks a period; scorecard owners and administrators may. The snapshot is computed by {@code snapshot} while the
     * scorecard is held (see {@link #hold}), so it contains every write that committed before the lock and no write
     * can slip in between the snapshot and the lock.
     */
    @Transactional
    public PeriodLock lock(long scorecardId, String periodKey, Function<Period, String> snapshot, Actor actor) {
        access.requireOwner(actor, scorecardId);
        Period period = parse(periodKey);
        hold(scorecardId);
        changes.changed(scorecardId);
        find(scorecardId, period.key()).ifPresent(l -> {
            throw new ConflictException("locked", "Period " + period.key() + " is locked already (by " + l.lockedBy() + ").");
        });
        int fy = organisation.get().fiscalYearStart();
        locks.insert(new PeriodLockRepository.NewLock(scorecardId, period.key(), period.firstMonth(fy), period.lastMonth(fy),
                actor.name(), clock.instant(), snapshot.apply(period)));
        PeriodLock lock = find(scorecardId, period.key()).orElseThrow();
        changeLog.record(ChangeLog.created("lock", lock.id(), Map.of("period", period.key())).in(scorecardId), actor);
        events.publishEvent(new PeriodLocked(lock.id(), scorecardId, period.key(), lock.lockedBy(), actor.source().key(),
                lock.lockedAt()));
        return lock;
    }

    /**
     * Every lock of a scorecard, earliest first, without their snapshots (see {@link #snapshot}); the caller has
     * checked that the scorecard may be read.
     */
    public List<PeriodLock> all(long scorecardId) {
        return locks.inLockOrder(scorecardId);
    }

    /** The snapshot a lock keeps. */
    public String snapshot(long lockId) {
        return locks.snapshot(lockId);
    }

    /**
     * Holds the scorecard's row until the transaction ends. Locking a period and every write into a scorecard's
     * periods take this row lock before they look at the locks, so they run one after the other: a write either
     * commits before a lock is taken (and is in its snapshot) or sees the lock and is refused. A writer that waits
     * longer than the database allows gets a lock-timeout error, which the API answers with 409 "try again".
     */
    private void hold(long scorecardId) {
        scorecards.hold(scorecardId);
    }

    /** Unlocks a period; administrators only, and logged. */
    @Transactional
    public void unlock(long scorecardId, String periodKey, Actor actor) {
        access.requireAdmin(actor);
        Period period = parse(periodKey);
        hold(scorecardId);
        changes.changed(scorecardId);
        PeriodLock lock = find(scorecardId, period.key())
                .orElseThrow(() -> new NotFoundException("Period " + period.key() + " of scorecard " + scorecardId + " is not locked."));
        locks.delete(lock.id());
        changeLog.record(ChangeLog.deleted("lock", lock.id(), Map.of("period", period.key(), "lockedBy", lock.lockedBy()))
                .in(scorecardId), actor);
        events.publishEvent(new PeriodUnlocked(lock.id(), scorecardId, period.key(), actor.name(), actor.source().key(),
                clock.instant()));
    }

    /** A KPI's native period that a write touches, named for messages (e.g. {@code KPI REV 2026-03}). */
    public record Touch(Period period, String name) {
    }

    /** Refuses with 409 when a lock of the scorecard overlaps the native period. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireOpen(long scorecardId, Touch touch) {
        requireOpen(Map.of(scorecardId, List.of(touch)));
    }

    /**
     * Refuses with 409 when a lock overlaps any of the periods, given by scorecard. Holds each scorecard (in id
     * order, so that two writers of several scorecards cannot deadlock) and then reads its locks once, however many
     * values a batch holds. Runs only inside the writing transaction (the hold ends with it), before anything is
     * written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireOpen(Map<Long, List<Touch>> touchesByScorecard) {
        int fy = organisation.get().fiscalYearStart();
        for (long scorecardId : new TreeSet<>(touchesByScorecard.keySet())) {
            hold(scorecardId);
            List<PeriodLockRepository.Window> windows = locks.windows(scorecardId);
            for (Touch touch : windows.isEmpty() ? List.<Touch>of() : touchesByScorecard.get(scorecardId)) {
                windows.stream().filter(w -> overlap(Period.parse(w.period()), touch.period(), fy)).findFirst().ifPresent(w -> {
                    throw new ConflictException("locked", refusal(touch, w) + " Nothing was saved. An administrator "
                            + "can unlock " + w.period() + ".");
                });
            }
        }
    }

    /**
     * For a preview: why a lock would refuse each touch, by its place in the list (null where none would), without
     * holding the scorecards; one query per scorecard.
     */
    @Transactional(readOnly = true)
    public List<@Nullable String> refusals(List<Long> scorecardIds, List<Touch> touches) {
        int fy = organisation.get().fiscalYearStart();
        Map<Long, List<PeriodLockRepository.Window>> windows = new java.util.HashMap<>();
        List<@Nullable String> refusals = new java.util.ArrayList<>(touches.size());
        for (int i = 0; i < touches.size(); i++) {
            Touch touch = touches.get(i);
            refusals.add(windows.computeIfAbsent(scorecardIds.get(i), locks::windows).stream()
                    .filter(w -> overlap(Period.parse(w.period()), touch.period(), fy)).findFirst()
                    .map(w -> refusal(touch, w)).orElse(null));
        }
        return refusals;
    }

    private static String refusal(Touch touch, PeriodLockRepository.Window w) {
        return touch.name() + " lies in period " + w.period() + ", which " + w.lockedBy() + " has locked: its values, "
                + "targets, approvals and deletions are refused.";
    }

    /**
     * Whether a lock of period {@code locked} refuses writes of a KPI's native period {@code touched}, as
     * {@link #requireOpen} decides: pages use it to show such a period read-only before anyone tries.
     */
    public static boolean covers(Period locked, Period touched, int fiscalYearStart) {
        return overlap(locked, touched, fiscalYearStart);
    }

    /**
     * Whether a lock of {@code locked} covers a value of {@code touched}: their days overlap, except that a week
     * meets a month, quarter or year only by its Thursday (the one it counts in). So a lock of a month covers its
     * days and the weeks counted in it, and a lock of a day or a week covers the months, quarters and years that
     * count it, as a lock of a month covers its quarter's value.
     */
    static boolean overlap(Period locked, Period touched, int fy) {
        boolean byThursday = locked.frequency().isMonthBased() != touched.frequency().isMonthBased()
                && (locked.frequency() == Frequency.WEEKLY || touched.frequency() == Frequency.WEEKLY);
        LocalDate[] a = days(locked, fy, byThursday);
        LocalDate[] b = days(touched, fy, byThursday);
        return !a[0].isAfter(b[1]) && !b[0].isAfter(a[1]);
    }

    private static LocalDate[] days(Period p, int fy, boolean byThursday) {
        return byThursday && p.frequency() == Frequency.WEEKLY ? new LocalDate[] {p.anchorDay(), p.anchorDay()}
                : new LocalDate[] {p.firstDay(fy), p.lastDay(fy)};
    }

    private static Period parse(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("period", "is required, e.g. 2026-03, 2026-Q1, 2026, 2026-W11 or 2026-03-15");
        }
        try {
            return Period.parse(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
    }
}
