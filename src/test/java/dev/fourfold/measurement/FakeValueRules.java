package dev.fourfold.measurement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.PeriodValueRules;
import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Stands in for the KPI module's {@link PeriodValueRules}: resolves values against the KPIs it is given, collects
 * the problems the service reports and throws them together, and refuses values of the locked periods it is told.
 * The KPI module's own checks (frequencies, precision, the lock table) are not under test here.
 */
final class FakeValueRules {

    final PeriodValueRules rules = mock(PeriodValueRules.class);
    private final PeriodValueRules.Batch batch = mock(PeriodValueRules.Batch.class);
    private final Map<Long, Kpi> kpis = new HashMap<>();
    private final Set<String> locked = new HashSet<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    @SuppressWarnings("unchecked")
    FakeValueRules() {
        when(rules.batch(any())).thenAnswer(i -> {
            problems.clear();
            return batch;
        });
        when(rules.scorecardOf(anyLong())).thenAnswer(i -> kpi(i.getArgument(0)).scorecardId());
        when(batch.resolve(anyString(), any(), any(), anyString(), any(), anyBoolean())).thenAnswer(i -> resolve(
                i.getArgument(1), i.getArgument(3), i.getArgument(4)));
        when(batch.resolveEach(anyList(), any())).thenAnswer(i -> {
            List<Object> items = i.getArgument(0);
            BiFunction<String, Object, PeriodValueRules.Resolved> each = i.getArgument(1);
            List<PeriodValueRules.Resolved> resolved = new ArrayList<>();
            for (int n = 0; n < items.size(); n++) {
                resolved.add(each.apply("items[" + n + "]", items.get(n)));
            }
            return resolved;
        });
        doAnswer(i -> problems.add(new FieldProblem(field(i.getArgument(0), i.getArgument(1)), i.getArgument(2))))
                .when(batch).problem(anyString(), anyString(), anyString());
        doAnswer(i -> {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(List.copyOf(problems));
            }
            return null;
        }).when(batch).throwIfInvalid();
        doAnswer(i -> {
            List<PeriodValueRules.Resolved> values = i.getArgument(0);
            values.forEach(r -> requireOpen(r.kpi().scorecardId(), r.kpi().code(), r.period().key()));
            return null;
        }).when(rules).requireOpen(anyList());
        doAnswer(i -> {
            requireOpen(i.getArgument(0), i.getArgument(1), i.getArgument(2));
            return null;
        }).when(rules).requireOpen(anyLong(), anyString(), anyString());
    }

    FakeValueRules with(Kpi kpi) {
        kpis.put(kpi.id(), kpi);
        return this;
    }

    /** Locks the period of the scorecard, as an owner locking it after closing the month. */
    FakeValueRules lock(long scorecardId, String period) {
        locked.add(scorecardId + "/" + period);
        return this;
    }

    private Kpi kpi(long id) {
        Kpi kpi = kpis.get(id);
        if (kpi == null) {
            throw new NotFoundException("KPI", id);
        }
        return kpi;
    }

    private PeriodValueRules.Resolved resolve(Long kpiId, String period, BigDecimal value) {
        Period p = Period.parse(period);
        return new PeriodValueRules.Resolved(kpi(kpiId), p, p.firstMonth(1).atDay(1), value);
    }

    private void requireOpen(long scorecardId, String kpiCode, String period) {
        if (locked.contains(scorecardId + "/" + period)) {
            throw new ConflictException("locked", "KPI " + kpiCode + " " + period + " lies in a locked period");
        }
    }

    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
