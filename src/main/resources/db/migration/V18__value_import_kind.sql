-- A file imported holds actual values or targets (of the target, budget and stretch series).
alter table value_import add column kind varchar(8) default 'actual' not null;
alter table value_import add constraint value_import_kind check (kind in ('actual', 'target'));
