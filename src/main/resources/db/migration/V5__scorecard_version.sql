-- A counter per scorecard, raised in the transaction of every write that can change its evaluation, so that a
-- compiled model kept in memory (on any node) is known to be current by one look at these rows.
-- Two rows are not scorecards: 0 counts organisation-wide changes (fiscal year, scale) that every model depends
-- on; -1 counts changes to what formulas may read across scorecards (grants, users, units, KPI codes), on which
-- only models with formulas reading outside their scorecard depend. A scorecard without a row counts as 0.
create table scorecard_version (
    scorecard_id bigint not null primary key,
    version      bigint not null
);
insert into scorecard_version (scorecard_id, version) values (0, 1);
insert into scorecard_version (scorecard_id, version) values (-1, 1);
insert into scorecard_version (scorecard_id, version) select id, 1 from scorecard;
