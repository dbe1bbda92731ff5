package dev.fourfold.importing;

import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingPolicy;
import dev.fourfold.scoring.RollupRule;
import dev.fourfold.scoring.Scale;

import java.math.BigDecimal;

/**
 * The {@code scorecard:} section of a file: the unit's strategy and how it is scored. Optional components are
 * {@code null} when the file leaves them out and then take the engine's defaults.
 *
 * @param unit            the organisation unit; {@code null} means a unit named like the scorecard
 * @param parentUnit      the unit this one reports to, or {@code null}
 * @param fiscalYearStart the month 1–12 in which the fiscal year starts ({@code null} means 1)
 */
public record ScorecardSection(String name, String unit, String parentUnit, String vision, Integer fiscalYearStart,
                               Scale scale, Method method, Bands bands, Cap cap, MissingPolicy missing,
                               RollupRule rollup) {

    /** The unit the scorecard belongs to: its {@code unit}, or one named like the scorecard. */
    public String unitName() {
        return unit != null ? unit : name;
    }

    /** Band lower bounds as written, exact. */
    public record Bands(BigDecimal amber, BigDecimal green, BigDecimal blue) {
    }

    /** The clamp {@code [low, high]} of KPI scores as written, exact. */
    public record Cap(BigDecimal low, BigDecimal high) {
    }
}
