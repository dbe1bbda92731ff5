/** KPI definitions (how each measure is collected, aggregated and scored) and their targets with revision history. */
package dev.fourfold.kpi;
