package dev.fourfold.connector;

import dev.fourfold.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a run would record now, found without writing: every value read with whether it is new, changed or the same
 * as the stored one, and every problem (bad SQL with the database's message, a query returning text or two rows,
 * an unknown KPI code, a value the rules refuse).
 */
public record ConnectorTest(List<Value> values, List<FieldProblem> problems, int created, int updated, int unchanged) {

    /** A value read, and what recording it would do. */
    public record Value(String kpiCode, String period, BigDecimal value, String change, @Nullable BigDecimal stored,
                        String query) {
    }
}
