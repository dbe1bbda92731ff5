-- The BI feed (GET /api/v1/facts?changedSince=…) asks for the values and targets of a scorecard's KPIs that changed
-- after an instant: these indexes find them per KPI without reading every value of it.
create index actual_value_changed on actual_value (kpi_id, entered_at);
create index actual_revision_changed on actual_revision (kpi_id, changed_at);
create index target_changed on target (kpi_id, set_at);
create index target_revision_changed on target_revision (kpi_id, set_at);
