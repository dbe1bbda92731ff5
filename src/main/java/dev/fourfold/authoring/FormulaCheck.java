package dev.fourfold.authoring;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.scoring.Formula;
import dev.fourfold.scoring.FormulaError;
import dev.fourfold.scoring.FormulaParse;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.Actor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a formula as its author types it: its syntax (with the column of a mistake) and the KPIs it reads. A code
 * the author may not read is reported exactly like one that does not exist. The work is bounded by the formula's
 * length ({@link Formula#MAX_LENGTH}) and one lookup of the codes it names.
 */
@Component
class FormulaCheck {

    /** A KPI a formula reads; {@code name} is null when there is no such KPI the author may read. */
    record Input(String code, @Nullable String name) {
    }

    /** The outcome: a problem, or the inputs (some perhaps unknown). */
    record Result(@Nullable String problem, List<Input> inputs) {

        boolean unknownInputs() {
            return inputs.stream().anyMatch(i -> i.name() == null);
        }
    }

    private final KpiService kpis;
    private final Access access;

    FormulaCheck(KpiService kpis, Access access) {
        this.kpis = kpis;
        this.access = access;
    }

    Result check(String formula, Actor actor) {
        if (formula.isBlank()) {
            return new Result(null, List.of());
        }
        if (formula.length() > Formula.MAX_LENGTH) {
            return new Result("a formula has at most " + Formula.MAX_LENGTH + " characters; this one has "
                    + formula.length(), List.of());
        }
        FormulaParse parsed = Formula.parse(formula);
        if (parsed instanceof FormulaError error) {
            return new Result(error.message(), List.of());
        }
        var codes = ((Formula) parsed).references();
        Map<String, Kpi> readable = kpis.findByCodes(codes).stream()
                .filter(k -> access.mayRead(actor, k.scorecardId()))
                .collect(Collectors.toMap(k -> k.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        return new Result(null, codes.stream().sorted().map(code -> {
            Kpi k = readable.get(code.toUpperCase(Locale.ROOT));
            return new Input(code, k == null ? null : k.name());
        }).toList());
    }
}
