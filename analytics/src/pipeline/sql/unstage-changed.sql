-- Before a file of an incremental extract ($file) is staged: the rows it holds again are removed, so that
-- stage-records.sql stages each changed concern once and an incremental run gives what a full run would. The ids
-- stay in `changed`, to be counted.
create or replace temp table changed as select statistics_id from statistics_records($file, $types);

delete from concerns where id in (select statistics_id from changed);
