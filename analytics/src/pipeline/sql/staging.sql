-- The staging of a run: the table of staged rows, the helpers that fill it, and the bit-mask tables that read it.
-- Run by openStaging and stageExtract (stage.ts); every statement may run again on the same connection.
-- Parameters: $kinds and $support_given, the vocabularies of the statistics record's bit masks (the contract's
-- STATISTICS_RECORD).

-- The staged statistical rows, in memory for the run; keepStaging keeps them as Parquet between runs. Minimised on
-- the way in: no exact dates (the month, and durations in days), no contact mode, status or on-behalf flag, which
-- no table uses. The intake channel is kept as a code (one short string per row, like the domain), never a list. The id (the concern's statistics id) only says which row to replace; it is never
-- published. Kept rows of another layout are dropped (dropOutdatedStaging compares with this table).
create temp table if not exists concerns (
  id bigint not null,
  municipality varchar,
  partner_kind varchar,
  channel varchar,
  domain varchar,
  -- Several codes stay the record's bit mask: as a list column they would double the cost of staging a million
  -- rows. The tables turn them into codes with kind_masks and support_masks.
  kinds integer,
  wish varchar,
  support_given integer,
  outcome varchar,
  created_month date,
  closed_month date,
  first_contact_days double,
  close_days double,
  first_contact_on_time boolean
);

-- The Dutch calendar month of a time given in minutes since 1970. ICU's time-zone conversion costs about half a
-- second per million values, so the offset is worked out instead: at every month boundary the Netherlands is on
-- summer time (UTC+2) from the start of April to the start of October and on winter time (UTC+1) for the other
-- starts, because the EU switches on the last Sundays of March and October, always before the month ends. Away from
-- a boundary the offset cannot change the month. epoch_ms gives a plain timestamp, so no time zone applies.
create or replace temp macro dutch_month(at_minute) as
  date_trunc('month', epoch_ms((at_minute::bigint * 60
    + (case when month(epoch_ms((at_minute::bigint * 60 + 2 * 3600) * 1000)) between 4 and 10 then 2 else 1 end) * 3600) * 1000))::date;

-- The statistics records of one file of the extract: no header, no quotes, each field read as the type the
-- contract's codec gives it (types, a struct of name and type), so DuckDB parses each value once and in parallel.
create or replace temp macro statistics_records(path, types) as table
  select * from read_csv(path, header = false, delim = ',', quote = '', escape = '', auto_detect = false, columns = types);

-- Every bit mask with its codes, sorted, for the tables that count kinds and support (tables.ts): a join with
-- this small table is several times cheaper than a list lambda per row. Bit i stands for the vocabulary's code i.
create or replace temp table kind_masks as
  select range::integer as mask, list_sort(list_filter($kinds::varchar[], (code, i) -> (range >> (i - 1)) & 1 = 1)) as codes
  from range(1 << len($kinds::varchar[]));

create or replace temp table support_masks as
  select range::integer as mask, list_sort(list_filter($support_given::varchar[], (code, i) -> (range >> (i - 1)) & 1 = 1)) as codes
  from range(1 << len($support_given::varchar[]));
