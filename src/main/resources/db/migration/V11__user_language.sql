-- The language a user chose for the pages (a language tag such as 'de'); null: the browser's, else English.
alter table app_user add column language varchar(8);
