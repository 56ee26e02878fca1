-- The names of the places that the statistics records' keys stand for: municipality names and partner kinds, from
-- the extract's places file ($file, written by the store's extractPlaces).
create or replace temp table places as
  select * from read_csv($file, header = true, columns = {'type': 'VARCHAR', 'id': 'BIGINT', 'value': 'VARCHAR'});
