-- A change of several fields of one record is kept in one change-log row (a new actual value changes four or five
-- fields, a new KPI a dozen or more, and each field was a row of its own): new_value holds every field with its old
-- and new value, and entries says how many entries of the log the row stands for (1 for a row of one field, as
-- every row before). Reading expands such a row into its entries, which take the ids id, id + 1, …: ids advance by
-- 64 from here on (a row stands for at most 64 entries), so that the entries of one row never meet the next row's id
-- and the log keeps listing entries newest first.
alter table change_log add column entries int not null default 1;
alter table change_log alter column id set increment by 64;
