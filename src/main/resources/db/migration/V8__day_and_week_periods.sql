-- Days ('2026-03-15') and ISO weeks ('2026-W11') are periods too: period keys grow from 7 to 10 characters. The
-- view over the value tables reads the column, so it is dropped and made again around the change (PostgreSQL
-- refuses to alter a column a view reads). A period's start column holds its first day (a week's Monday).
drop view actual_history;

alter table actual_value alter column period set data type varchar(10);
alter table actual_revision alter column period set data type varchar(10);
alter table target alter column period set data type varchar(10);
alter table target_revision alter column period set data type varchar(10);
alter table period_lock alter column period set data type varchar(10);

create view actual_history as
select kpi_id, period, revision, amount, state, comment, source, changed_by, changed_at from actual_revision
union all
select kpi_id, period, revision, amount, state, comment, source, entered_by, entered_at from actual_value;
