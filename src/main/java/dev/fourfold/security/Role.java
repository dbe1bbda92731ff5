package dev.fourfold.security;

/** Roles granted on a unit (and everything below it) or on one scorecard. */
public enum Role {
    /** Edits structure and targets, approves values, locks periods. */
    SCORECARD_OWNER,
    /** Enters values of the KPIs whose owner the user is. */
    KPI_OWNER,
    /** Reads. */
    VIEWER
}
