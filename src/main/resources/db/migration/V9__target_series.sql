-- A KPI has three planned series entered alike: its target, its budget and its stretch target. They share the
-- target tables, told apart by the series column; every row stored before is a target. Each series has its own
-- value and its own revisions per KPI and period.
alter table target add column series varchar(10) default 'target' not null;
alter table target add constraint target_series check (series in ('target', 'budget', 'stretch'));
alter table target drop constraint target_period_unique;
alter table target add constraint target_period_unique unique (kpi_id, series, period);

alter table target_revision add column series varchar(10) default 'target' not null;
alter table target_revision add constraint target_revision_series check (series in ('target', 'budget', 'stretch'));
alter table target_revision drop constraint target_revision_unique;
alter table target_revision add constraint target_revision_unique unique (kpi_id, series, period, revision);
