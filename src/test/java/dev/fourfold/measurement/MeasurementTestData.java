package dev.fourfold.measurement;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiDraft;
import dev.fourfold.support.TestClock;
import java.math.BigDecimal;

/**
 * Small builders for the measurement module's tests: {@code anActual().pending().withValue("104.5").build()}, and
 * {@link #aKpi} for the KPI a value belongs to.
 */
final class MeasurementTestData {

    private MeasurementTestData() {
    }

    /** Value 1 of KPI 5 ({@code REV}) for October 2026: 100, pending, entered by kim; revision 1, version 0. */
    static ActualBuilder anActual() {
        return new ActualBuilder(1, 5, "REV", "2026-10", new BigDecimal("100"), ActualState.PENDING, null, 1, 0);
    }

    /**
     * A collected monthly KPI, or a calculated one when {@code formula} is given, completed with every default the
     * way the API completes what a client sends.
     */
    static Kpi aKpi(long id, String code, long scorecardId, String owner, String formula) {
        KpiDraft draft = new KpiDraft(1L, code, code, null, null, null, "monthly", null, null, null, null, null, null,
                null, null, null, null, formula, null, null, null, owner, null, null, null, null, null);
        return draft.complete().withId(id).withScorecard(scorecardId);
    }

    record ActualBuilder(long id, long kpiId, String kpiCode, String period, BigDecimal value, ActualState state,
                         String comment, int revision, long version) {

        ActualBuilder withId(long id) {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, state, comment, revision, version);
        }

        ActualBuilder ofKpi(long kpiId, String kpiCode) {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, state, comment, revision, version);
        }

        ActualBuilder inPeriod(String period) {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, state, comment, revision, version);
        }

        ActualBuilder withValue(String value) {
            return new ActualBuilder(id, kpiId, kpiCode, period, new BigDecimal(value), state, comment, revision,
                    version);
        }

        ActualBuilder approved() {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, ActualState.APPROVED, comment, revision, version);
        }

        ActualBuilder pending() {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, ActualState.PENDING, comment, revision, version);
        }

        ActualBuilder rejected() {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, ActualState.REJECTED, comment, revision, version);
        }

        ActualBuilder withComment(String comment) {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, state, comment, revision, version);
        }

        ActualBuilder atRevision(int revision) {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, state, comment, revision, version);
        }

        ActualBuilder withVersion(long version) {
            return new ActualBuilder(id, kpiId, kpiCode, period, value, state, comment, revision, version);
        }

        Actual build() {
            return new Actual(id, kpiId, kpiCode, period, value, state, comment, "ui", "kim", TestClock.NOW, revision,
                    version);
        }
    }
}
