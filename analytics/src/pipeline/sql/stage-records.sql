-- Stages one file of the extract ($file): decodes the statistics records with the contract's codec ($types, and the
-- vocabularies $channel, $domain, $wish and $outcome, where a code is its position) and minimises them on the way in: places
-- by name, exact times as Dutch months and durations in days. Needs staging.sql and stage-places.sql first.
insert into concerns
select
  r.statistics_id,
  m.value,
  coalesce(p.value, 'confidant'),
  ($channel::varchar[])[r.channel + 1],
  ($domain::varchar[])[r.domain + 1],
  r.kinds,
  ($wish::varchar[])[r.wish + 1],
  r.support_given,
  ($outcome::varchar[])[r.outcome + 1],
  dutch_month(r.created_minute),
  dutch_month(r.created_minute + r.closed_after),
  r.first_contact_after / 1440.0,
  r.closed_after / 1440.0,
  r.first_contact_on_time = 1
from statistics_records($file, $types) r
join places m on m.type = 'municipality' and m.id = r.municipality_key
left join places p on p.type = 'partner' and p.id = r.partner_key;
