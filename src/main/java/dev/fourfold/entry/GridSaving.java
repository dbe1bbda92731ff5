package dev.fourfold.entry;

import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Saves the changed cells of a submitted grid in one atomic batch of the value API ({@link ActualService#recordAll}):
 * every cell is checked first (a number in the user's language, open, not locked, not calculated, unchanged since
 * the grid was loaded), and one refused cell refuses them all, each refused cell with its reason.
 */
@Service
public class GridSaving {

    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]\\..*");

    private final DataEntry entry;
    private final ActualService actuals;

    GridSaving(DataEntry entry, ActualService actuals) {
        this.entry = entry;
        this.actuals = actuals;
    }

    /**
     * One cell as submitted: what was typed, and what the grid showed when it was loaded ({@code loadedValue} a plain
     * decimal or empty, {@code loadedVersion} the stored value's version or null for an empty cell).
     */
    public record Edit(long kpiId, String period, String value, String comment, String loadedValue,
                       String loadedComment, @Nullable Long loadedVersion) {

        public String key() {
            return kpiId + "_" + period;
        }
    }

    /** A reason to show, as a message key of the entry bundle and its arguments. */
    public record Problem(String code, List<Object> args) {
        static Problem of(String code, Object... args) {
            return new Problem(code, List.of(args));
        }
    }

    /**
     * What a save did: how many values it saved (and how many of those wait for approval), or the refused cells by
     * key and the problems of the whole request; nothing is saved when any problem is reported.
     */
    public record Outcome(int saved, int pending, Map<String, Problem> cells, List<Problem> general) {
        public boolean refused() {
            return !cells.isEmpty() || !general.isEmpty();
        }

        public boolean stale() {
            return cells.values().stream().anyMatch(p -> p.code().equals("entry.error.stale"));
        }
    }

    public Outcome save(List<Edit> edits, Locale locale, Actor actor) {
        EntryGrid grid = entry.grid(actor, null, null);
        Map<String, Problem> problems = new LinkedHashMap<>();
        List<ActualService.Item> items = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int pending = 0;
        for (Edit e : edits) {
            Checked checked = check(e, grid, locale);
            if (checked.problem() != null) {
                problems.put(e.key(), checked.problem());
            } else if (checked.item() != null) {
                items.add(checked.item());
                keys.add(e.key());
                pending += grid.sections().stream().flatMap(s -> s.rows().stream())
                        .anyMatch(r -> r.kpi().id() == e.kpiId() && r.approval()) ? 1 : 0;
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, 0, problems, List.of());
        }
        if (items.isEmpty()) {
            return new Outcome(0, 0, Map.of(), List.of());
        }
        return record(items, keys, pending, actor);
    }

    /** What a submitted cell comes to: a problem, a value to record, or neither (left as it was). */
    private record Checked(@Nullable Problem problem, ActualService.@Nullable Item item) {
        static final Checked UNCHANGED = new Checked(null, null);

        static Checked refused(String code, Object... args) {
            return new Checked(Problem.of(code, args), null);
        }
    }

    private static Checked check(Edit e, EntryGrid grid, Locale locale) {
        String comment = clean(e.comment());
        boolean commentChanged = !Objects.equals(comment, clean(e.loadedComment()));
        if (e.value().isBlank()) {
            if (!e.loadedValue().isBlank()) {
                return Checked.refused("entry.error.cleared");
            }
            return commentChanged ? Checked.refused("entry.error.commentWithoutValue") : Checked.UNCHANGED;
        }
        Optional<BigDecimal> typed = DecimalInput.parse(e.value(), locale);
        if (typed.isEmpty()) {
            return Checked.refused("entry.error.notANumber", e.value().strip());
        }
        boolean valueChanged = DecimalInput.parse(e.loadedValue(), Locale.ROOT)
                .map(loaded -> typed.get().compareTo(loaded) != 0).orElse(true);
        if (!valueChanged && !commentChanged) {
            return Checked.UNCHANGED;
        }
        Optional<EntryGrid.Cell> cell = grid.cell(e.kpiId(), e.period());
        Problem refused = cell.isEmpty() ? Problem.of("entry.error.notYours") : refusal(cell.get(), e);
        return refused != null ? new Checked(refused, null) : new Checked(null,
                new ActualService.Item(e.kpiId(), null, e.period(), typed.get(), comment, null, e.loadedVersion()));
    }

    private static @Nullable Problem refusal(EntryGrid.Cell c, Edit e) {
        if (c.kpi().isFormula()) {
            return Problem.of("entry.error.formula", c.kpi().formula());
        }
        if (c.lock() != null) {
            return Problem.of("entry.error.locked", c.lock());
        }
        if (!c.open()) {
            return Problem.of("entry.error.closed");
        }
        Long now = c.value() == null ? null : c.value().version();
        if (!Objects.equals(now, e.loadedVersion())) {
            return c.value() == null ? Problem.of("entry.error.removed")
                    : Problem.of("entry.error.stale", c.value().value(), c.value().enteredBy(), c.value().enteredAt());
        }
        return null;
    }

    private Outcome record(List<ActualService.Item> items, List<String> keys, int pending, Actor actor) {
        try {
            actuals.recordAll(items, actor);
            return new Outcome(items.size(), pending, Map.of(), List.of());
        } catch (InvalidInputException e) {
            Map<String, Problem> cells = new LinkedHashMap<>();
            List<Problem> general = new ArrayList<>();
            for (FieldProblem p : e.problems()) {
                Matcher m = ITEM.matcher(p.field());
                if (m.matches()) {
                    cells.merge(keys.get(Integer.parseInt(m.group(1))), Problem.of("entry.error.refused", p.message()),
                            (a, b) -> a);
                } else {
                    general.add(Problem.of("entry.error.refused", p.message()));
                }
            }
            return new Outcome(0, 0, cells, general);
        } catch (ConflictException | ForbiddenException e) {
            return new Outcome(0, 0, Map.of(), List.of(Problem.of("entry.error.refused", e.getMessage())));
        } catch (DataAccessException e) {
            return new Outcome(0, 0, Map.of(), List.of(Problem.of("entry.error.busy")));
        }
    }

    private static @Nullable String clean(String text) {
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }
}
