-- The current version of an actual value lives in its actual_value row only; actual_revision keeps the versions it
-- replaced (and the null version that records a deletion). A new value so costs one row and its change-log entry
-- instead of two rows, and the history of a value is actual_history: both tables, one row per version.
delete from actual_revision r
where exists (select 1 from actual_value a where a.kpi_id = r.kpi_id and a.period = r.period and a.revision = r.revision);

create view actual_history as
select kpi_id, period, revision, amount, state, comment, source, changed_by, changed_at from actual_revision
union all
select kpi_id, period, revision, amount, state, comment, source, entered_by, entered_at from actual_value;
