-- Periods are supported in the years 1900 to 2199 (README, "Supported periods"); the application refuses others.
-- Rows stored before that rule are moved aside unchanged into out_of_range_* tables, where an administrator can
-- read them (and copy back what was meant, e.g. 2026-01 typed as 1026-01); check constraints then keep every
-- period column inside the range. Period keys start with their four-digit year ('2026', '2026-Q1', '2026-03'),
-- so comparing the first four characters as text is exact in every collation.

create table out_of_range_actual_value as
    select * from actual_value where left(period, 4) not between '1900' and '2199';
delete from actual_value where left(period, 4) not between '1900' and '2199';
alter table actual_value add constraint actual_value_period_range check (left(period, 4) between '1900' and '2199');

create table out_of_range_actual_revision as
    select * from actual_revision where left(period, 4) not between '1900' and '2199';
delete from actual_revision where left(period, 4) not between '1900' and '2199';
alter table actual_revision add constraint actual_revision_period_range check (left(period, 4) between '1900' and '2199');

create table out_of_range_target as
    select * from target where left(period, 4) not between '1900' and '2199';
delete from target where left(period, 4) not between '1900' and '2199';
alter table target add constraint target_period_range check (left(period, 4) between '1900' and '2199');

create table out_of_range_target_revision as
    select * from target_revision where left(period, 4) not between '1900' and '2199';
delete from target_revision where left(period, 4) not between '1900' and '2199';
alter table target_revision add constraint target_revision_period_range check (left(period, 4) between '1900' and '2199');

create table out_of_range_period_lock as
    select * from period_lock where left(period, 4) not between '1900' and '2199';
delete from period_lock where left(period, 4) not between '1900' and '2199';
alter table period_lock add constraint period_lock_period_range check (left(period, 4) between '1900' and '2199');
