-- Imports of large files: the kept file is stored compressed (content_encoding 'gzip'; null for the files kept
-- before, as uploaded), and a preview keeps its warnings (values far outside their KPI's history) beside its problems.
alter table value_import add column content_encoding varchar(8);
alter table value_import add column warning_count integer default 0 not null;
alter table value_import add column warnings varchar(1000000) default '[]' not null;
