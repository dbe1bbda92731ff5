package dev.fourfold.kpi;

/**
 * Implemented by modules that record data against KPIs (actual values), so that deleting a KPI can retire it
 * instead when it has data, without the KPI module depending on them.
 */
public interface KpiUsage {

    /** Whether the KPI has any recorded data of this module's kind. */
    boolean hasData(long kpiId);
}
