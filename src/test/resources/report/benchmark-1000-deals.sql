-- 1,000 deals among ten "Bench Tech" groups (each with a cloud subsidiary) and ten "Bench Lab" AI labs,
-- each deal with two evidence sentences, three terms and (investments) two tranches, over 300 documents.

insert into company(name, normalized_name, kind)
select 'Bench Tech ' || lpad(i::text, 2, '0'), 'bench tech ' || lpad(i::text, 2, '0'), 'BIG_TECH'
  from generate_series(1, 10) i
on conflict (normalized_name) do nothing;

insert into company(name, normalized_name, kind, parent_id)
select 'Bench Cloud ' || lpad(i::text, 2, '0'), 'bench cloud ' || lpad(i::text, 2, '0'), 'CLOUD',
       (select id from company where normalized_name = 'bench tech ' || lpad(i::text, 2, '0'))
  from generate_series(1, 10) i
on conflict (normalized_name) do nothing;

insert into company(name, normalized_name, kind)
select 'Bench Lab ' || lpad(i::text, 2, '0'), 'bench lab ' || lpad(i::text, 2, '0'), 'AI_LAB'
  from generate_series(1, 10) i
on conflict (normalized_name) do nothing;

insert into document(kind, url, canonical_url, title, publisher, published_date, fetched_at, text, status)
select 'NEWS', 'https://news.example.org/bench/' || i, 'https://news.example.org/bench/' || i,
       'Bench article ' || i, 'Bench Wire', date '2019-01-01' + i * 7,
       timestamptz '2026-11-01 00:00:00+00' + i * interval '1 minute',
       repeat('Analysts expect demand for accelerated computing to keep growing next year. ', 30)
           || 'Bench Tech agreed to invest $' || i || '00 million in Bench Lab, which will use Bench Cloud as its primary cloud provider.',
       'EXTRACTED'
  from generate_series(1, 300) i
on conflict do nothing;

update document set sha256 = encode(sha256(convert_to(text, 'UTF8')), 'hex')
 where sha256 is null and canonical_url like 'https://news.example.org/bench/%';

insert into deal(type, status, review_state, payer_id, payee_id, payer_mention, payee_mention, amount_text, currency,
                 amount_value, qualifier, amount_usd, term_months, deal_date, announced_date, confidence)
select case d % 3 when 0 then 'INVESTMENT' when 1 then 'CLOUD_COMMITMENT' else 'PARTNERSHIP' end,
       case d % 4 when 0 then 'COMPLETED' when 1 then 'ANNOUNCED' when 2 then 'REPORTED_TALKS' else 'ANNOUNCED' end,
       case when d % 5 = 0 then 'UNREVIEWED' else 'CONFIRMED' end,
       case d % 3 when 1 then lab.id else tech.id end,
       case d % 3 when 1 then cloud.id else lab.id end,
       'bench-payer', 'bench-payee',
       '$' || d * 10 || ' million', 'USD', d * 10000000.0, 'EXACT', d * 10000000.0,
       case when d % 3 = 1 then 60 end,
       date '2019-01-01' + d * 2, date '2019-01-01' + d * 2, 0.9
  from generate_series(1, 1000) d
  join company tech on tech.normalized_name = 'bench tech ' || lpad((1 + d % 10)::text, 2, '0')
  join company cloud on cloud.normalized_name = 'bench cloud ' || lpad((1 + d % 10)::text, 2, '0')
  join company lab on lab.normalized_name = 'bench lab ' || lpad((1 + (d / 10) % 10)::text, 2, '0');

insert into evidence(deal_id, document_id, sentence, begin_offset, end_offset)
select deal.id, doc.id, s.sentence, strpos(doc.text, s.sentence) - 1, strpos(doc.text, s.sentence) - 1 + length(s.sentence)
  from deal
  cross join lateral (values (deal.id % 300 + 1), ((deal.id * 7) % 300 + 1)) pick(n)
  join document doc on doc.canonical_url = 'https://news.example.org/bench/' || pick.n
  cross join lateral (select substring(doc.text from strpos(doc.text, 'Bench Tech agreed')) as sentence) s
 where deal.payer_mention = 'bench-payer';

insert into deal_term(deal_id, kind, value, document_id, sentence, begin_offset, end_offset)
select e.deal_id, t.kind, t.value, e.document_id, e.sentence, e.begin_offset, e.end_offset
  from evidence e
  join deal on deal.id = e.deal_id and deal.payer_mention = 'bench-payer'
  cross join (values ('PRIMARY_PROVIDER', 'Bench Cloud primary cloud provider'), ('CHIPS', 'Bench accelerators'),
                     ('STAKE_PERCENT', 'minority stake')) t(kind, value)
 where e.document_id = (select min(document_id) from evidence e2 where e2.deal_id = e.deal_id);

insert into deal_tranche(deal_id, amount_text, currency, amount_value, amount_usd, tranche_date, status)
select deal.id, 'first half', 'USD', deal.amount_value / 2, deal.amount_usd / 2, deal.deal_date, 'COMPLETED'
  from deal where deal.payer_mention = 'bench-payer' and deal.type = 'INVESTMENT'
union all
select deal.id, 'second half', 'USD', deal.amount_value / 2, deal.amount_usd / 2, deal.deal_date + 180, 'ANNOUNCED'
  from deal where deal.payer_mention = 'bench-payer' and deal.type = 'INVESTMENT';
