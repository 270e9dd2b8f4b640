-- Tie-up summary test data: Amazon/AWS ↔ Anthropic, Alphabet/Google ↔ Anthropic, Microsoft ↔ OpenAI.
-- Companies are matched by name so that the registry seeded at start-up (if any) is reused.

insert into company(name, normalized_name, kind)
select v.name, v.norm, v.kind
  from (values ('Amazon', 'amazon', 'BIG_TECH'), ('Amazon Web Services', 'amazon web services', 'CLOUD'),
               ('Anthropic', 'anthropic', 'AI_LAB'), ('Alphabet', 'alphabet', 'BIG_TECH'), ('Google', 'google', 'BIG_TECH'),
               ('Google Cloud', 'google cloud', 'CLOUD'), ('Microsoft', 'microsoft', 'BIG_TECH'),
               ('Microsoft Azure', 'microsoft azure', 'CLOUD'), ('OpenAI', 'openai', 'AI_LAB')) v(name, norm, kind)
 where not exists (select 1 from company c where c.name = v.name)
on conflict (normalized_name) do nothing;

update company set parent_id = (select id from company where name = 'Amazon' order by id limit 1)
 where name = 'Amazon Web Services' and parent_id is null;
update company set parent_id = (select id from company where name = 'Alphabet' order by id limit 1)
 where name = 'Google' and parent_id is null;
update company set parent_id = (select id from company where name = 'Google' order by id limit 1)
 where name = 'Google Cloud' and parent_id is null;
update company set parent_id = (select id from company where name = 'Microsoft' order by id limit 1)
 where name = 'Microsoft Azure' and parent_id is null;

insert into company_alias(company_id, alias, normalized_alias, kind)
select (select id from company where name = 'Amazon Web Services' order by id limit 1), 'AWS', 'aws', 'ALIAS'
 where not exists (select 1 from company_alias where lower(alias) = 'aws')
on conflict (normalized_alias) do nothing;

insert into document(kind, url, canonical_url, title, publisher, published_date, fetched_at, text, status)
values
('NEWS', 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai',
 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai',
 'Amazon and Anthropic announce strategic collaboration to advance generative AI', 'Amazon', '2023-09-25',
 '2026-11-20 09:15:00+00',
 'Amazon and Anthropic announce strategic collaboration to advance generative AI. Amazon will invest up to $4 billion in Anthropic and have a minority ownership position in the company. The initial investment of $1.25 billion takes the form of convertible notes. AWS will become Anthropic''s primary cloud provider for mission critical workloads, including safety research and future foundation model development. Anthropic will use AWS Trainium and Inferentia chips to build, train, and deploy its future foundation models. Anthropic''s models will be available to AWS customers through Amazon Bedrock. Amazon will not take a seat on Anthropic''s board.',
 'EXTRACTED'),
('NEWS', 'https://www.anthropic.com/news/anthropic-amazon-investment-complete',
 'https://www.anthropic.com/news/anthropic-amazon-investment-complete',
 'Amazon completes its $4 billion investment in Anthropic', 'Anthropic', '2024-03-27',
 '2026-11-20 09:16:30+00',
 'Amazon has completed its $4 billion investment in Anthropic, adding $2.75 billion to the $1.25 billion it invested in September 2023. The additional investment gives Amazon a minority stake in the company.',
 'EXTRACTED'),
('NEWS', 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/',
 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/',
 'Amazon doubles down on Anthropic with another $4 billion', 'Reuters', '2024-11-22',
 '2026-11-21 07:02:11+00',
 'Amazon will invest an additional $4 billion in Anthropic, bringing its total investment to $8 billion. Anthropic named AWS its primary training partner and will use Trainium chips to train its largest models. Anthropic has committed to spend about $4 billion on AWS compute over five years, including capacity of nearly 500,000 Trainium2 chips in Project Rainier. Amazon will remain a minority investor and will not hold a board seat.',
 'EXTRACTED'),
('NEWS', 'https://www.wsj.com/tech/ai/google-commits-2-billion-in-funding-to-ai-startup-anthropic-db4d4c50',
 'https://www.wsj.com/tech/ai/google-commits-2-billion-in-funding-to-ai-startup-anthropic-db4d4c50',
 'Google commits $2 billion in funding to AI startup Anthropic', 'The Wall Street Journal', '2023-10-27',
 '2026-11-21 07:05:40+00',
 'Google has agreed to invest up to $2 billion in Anthropic: $500 million upfront and $1.5 billion over time. Earlier this year Anthropic signed a contract worth more than $3 billion to use Google Cloud over four years.',
 'EXTRACTED'),
('NEWS', 'https://blogs.microsoft.com/blog/2023/01/23/microsoftandopenaiextendpartnership/',
 'https://blogs.microsoft.com/blog/2023/01/23/microsoftandopenaiextendpartnership/',
 'Microsoft and OpenAI extend partnership', 'Microsoft', '2023-01-23',
 '2026-11-21 07:08:00+00',
 'Microsoft announced a multiyear, multibillion dollar investment in OpenAI, reported to be $10 billion. Azure will be OpenAI''s exclusive cloud provider. Microsoft will receive 75% of OpenAI''s profits until it recoups its investment.',
 'EXTRACTED')
on conflict do nothing;

update document set sha256 = encode(sha256(convert_to(text, 'UTF8')), 'hex')
 where sha256 is null and canonical_url in (
   'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai',
   'https://www.anthropic.com/news/anthropic-amazon-investment-complete',
   'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/',
   'https://www.wsj.com/tech/ai/google-commits-2-billion-in-funding-to-ai-startup-anthropic-db4d4c50',
   'https://blogs.microsoft.com/blog/2023/01/23/microsoftandopenaiextendpartnership/');

-- The evidence and term sentences are located in the stored text, so offsets are exact.
create temporary table fixture_sentence(deal_key text, kind text, value text, url text, sentence text);

insert into fixture_sentence values
('amzn-1', null, null, 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai', 'Amazon will invest up to $4 billion in Anthropic and have a minority ownership position in the company.'),
('amzn-1', null, null, 'https://www.anthropic.com/news/anthropic-amazon-investment-complete', 'Amazon has completed its $4 billion investment in Anthropic, adding $2.75 billion to the $1.25 billion it invested in September 2023.'),
('amzn-1', 'INSTRUMENT', 'convertible notes', 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai', 'The initial investment of $1.25 billion takes the form of convertible notes.'),
('amzn-1', 'STAKE_PERCENT', 'minority ownership position', 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai', 'Amazon will invest up to $4 billion in Anthropic and have a minority ownership position in the company.'),
('amzn-1', 'PRIMARY_PROVIDER', 'AWS primary cloud provider for mission critical workloads', 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai', 'AWS will become Anthropic''s primary cloud provider for mission critical workloads, including safety research and future foundation model development.'),
('amzn-1', 'CHIPS', 'Trainium, Inferentia', 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai', 'Anthropic will use AWS Trainium and Inferentia chips to build, train, and deploy its future foundation models.'),
('amzn-1', 'OTHER', 'models available to AWS customers through Amazon Bedrock', 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai', 'Anthropic''s models will be available to AWS customers through Amazon Bedrock.'),
('amzn-1', 'BOARD_SEAT', 'no board seat', 'https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai', 'Amazon will not take a seat on Anthropic''s board.'),
('amzn-2', null, null, 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/', 'Amazon will invest an additional $4 billion in Anthropic, bringing its total investment to $8 billion.'),
('amzn-2', 'PRIMARY_PROVIDER', 'AWS primary training partner', 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/', 'Anthropic named AWS its primary training partner and will use Trainium chips to train its largest models.'),
('amzn-2', 'BOARD_SEAT', 'no board seat', 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/', 'Amazon will remain a minority investor and will not hold a board seat.'),
('amzn-total', null, null, 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/', 'Amazon will invest an additional $4 billion in Anthropic, bringing its total investment to $8 billion.'),
('aws-commit', null, null, 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/', 'Anthropic has committed to spend about $4 billion on AWS compute over five years, including capacity of nearly 500,000 Trainium2 chips in Project Rainier.'),
('aws-commit', 'CHIPS', 'Trainium2', 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/', 'Anthropic has committed to spend about $4 billion on AWS compute over five years, including capacity of nearly 500,000 Trainium2 chips in Project Rainier.'),
('aws-commit', 'CAPACITY', 'nearly 500,000 Trainium2 chips (Project Rainier)', 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/', 'Anthropic has committed to spend about $4 billion on AWS compute over five years, including capacity of nearly 500,000 Trainium2 chips in Project Rainier.'),
('rejected', null, null, 'https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/', 'Amazon will invest an additional $4 billion in Anthropic, bringing its total investment to $8 billion.'),
('goog-1', null, null, 'https://www.wsj.com/tech/ai/google-commits-2-billion-in-funding-to-ai-startup-anthropic-db4d4c50', 'Google has agreed to invest up to $2 billion in Anthropic: $500 million upfront and $1.5 billion over time.'),
('gcp-commit', null, null, 'https://www.wsj.com/tech/ai/google-commits-2-billion-in-funding-to-ai-startup-anthropic-db4d4c50', 'Earlier this year Anthropic signed a contract worth more than $3 billion to use Google Cloud over four years.'),
('msft-1', null, null, 'https://blogs.microsoft.com/blog/2023/01/23/microsoftandopenaiextendpartnership/', 'Microsoft announced a multiyear, multibillion dollar investment in OpenAI, reported to be $10 billion.'),
('msft-1', 'EXCLUSIVITY', 'Azure exclusive cloud provider', 'https://blogs.microsoft.com/blog/2023/01/23/microsoftandopenaiextendpartnership/', 'Azure will be OpenAI''s exclusive cloud provider.'),
('msft-1', 'REVENUE_SHARE', '75% of OpenAI profits until the investment is recouped', 'https://blogs.microsoft.com/blog/2023/01/23/microsoftandopenaiextendpartnership/', 'Microsoft will receive 75% of OpenAI''s profits until it recoups its investment.');

create temporary table fixture_deal(deal_key text, type text, status text, review_state text, payer text, payee text,
    payer_mention text, payee_mention text, amount_text text, currency text, amount_value numeric, amount_min numeric,
    amount_max numeric, qualifier text, amount_usd numeric, term_months int, deal_date date, announced_date date,
    closed_date date, confidence real, cumulative boolean, merged boolean);

insert into fixture_deal values
('amzn-1', 'INVESTMENT', 'COMPLETED', 'CONFIRMED', 'Amazon', 'Anthropic', 'Amazon', 'Anthropic', 'up to $4 billion', 'USD',
 4000000000, null, 4000000000, 'UP_TO', 4000000000, null, '2023-09-25', '2023-09-25', '2024-03-27', 0.95, false, false),
('amzn-2', 'INVESTMENT', 'ANNOUNCED', 'CONFIRMED', 'Amazon', 'Anthropic', 'Amazon', 'Anthropic', 'an additional $4 billion', 'USD',
 4000000000, null, null, 'EXACT', 4000000000, null, '2024-11-22', '2024-11-22', null, 0.93, false, false),
('amzn-total', 'INVESTMENT', 'ANNOUNCED', 'UNREVIEWED', 'Amazon', 'Anthropic', 'Amazon', 'Anthropic', '$8 billion', 'USD',
 8000000000, null, null, 'EXACT', 8000000000, null, '2024-11-22', null, null, 0.61, true, false),
('aws-commit', 'CLOUD_COMMITMENT', 'ANNOUNCED', 'UNREVIEWED', 'Anthropic', 'Amazon Web Services', 'Anthropic', 'AWS', 'about $4 billion', 'USD',
 4000000000, null, null, 'ABOUT', 4000000000, 60, '2024-11-22', '2024-11-22', null, 0.82, false, false),
('rejected', 'INVESTMENT', 'REPORTED_TALKS', 'REJECTED', 'Amazon', 'Anthropic', 'Amazon', 'Anthropic', '$97 billion', 'USD',
 97000000000, null, null, 'EXACT', 97000000000, null, '2024-11-22', null, null, 0.20, false, false),
('merged', 'INVESTMENT', 'ANNOUNCED', 'UNREVIEWED', 'Amazon', 'Anthropic', 'Amazon', 'Anthropic', '$1.3 billion', 'USD',
 1300000000, null, null, 'EXACT', 1300000000, null, '2023-09-25', null, null, 0.50, false, true),
('goog-1', 'INVESTMENT', 'ANNOUNCED', 'CONFIRMED', 'Google', 'Anthropic', 'Google', 'Anthropic', 'up to $2 billion', 'USD',
 2000000000, null, 2000000000, 'UP_TO', 2000000000, null, '2023-10-27', '2023-10-27', null, 0.9, false, false),
('gcp-commit', 'CLOUD_COMMITMENT', 'COMPLETED', 'UNREVIEWED', 'Anthropic', 'Google Cloud', 'Anthropic', 'Google Cloud', 'more than $3 billion', 'USD',
 3000000000, 3000000000, null, 'MORE_THAN', 3000000000, 48, '2023-02-03', null, null, 0.7, false, false),
('msft-1', 'INVESTMENT', 'ANNOUNCED', 'CONFIRMED', 'Microsoft', 'OpenAI', 'Microsoft', 'OpenAI', '$10 billion', 'USD',
 10000000000, null, null, 'EXACT', 10000000000, null, '2023-01-23', '2023-01-23', null, 0.8, false, false);

alter table fixture_deal add column deal_id bigint;

update fixture_deal f set deal_id = nextval(pg_get_serial_sequence('deal', 'id'));

insert into deal(id, type, status, review_state, payer_id, payee_id, payer_mention, payee_mention, amount_text, currency,
                 amount_value, amount_min, amount_max, qualifier, amount_usd, term_months, deal_date, announced_date,
                 closed_date, confidence, cumulative)
select f.deal_id, f.type, f.status, f.review_state,
       (select id from company where name = f.payer order by id limit 1),
       (select id from company where name = f.payee order by id limit 1),
       f.payer_mention, f.payee_mention, f.amount_text, f.currency, f.amount_value, f.amount_min, f.amount_max, f.qualifier,
       f.amount_usd, f.term_months, f.deal_date, f.announced_date, f.closed_date, f.confidence, f.cumulative
  from fixture_deal f;

update deal set merged_into_id = (select deal_id from fixture_deal where deal_key = 'amzn-1')
 where id = (select deal_id from fixture_deal where deal_key = 'merged');

insert into evidence(deal_id, document_id, sentence, begin_offset, end_offset)
select f.deal_id, d.id, s.sentence, strpos(d.text, s.sentence) - 1, strpos(d.text, s.sentence) - 1 + length(s.sentence)
  from fixture_sentence s join fixture_deal f on f.deal_key = s.deal_key join document d on d.canonical_url = s.url
 where s.kind is null;

insert into deal_term(deal_id, kind, value, document_id, sentence, begin_offset, end_offset)
select f.deal_id, s.kind, s.value, d.id, s.sentence, strpos(d.text, s.sentence) - 1,
       strpos(d.text, s.sentence) - 1 + length(s.sentence)
  from fixture_sentence s join fixture_deal f on f.deal_key = s.deal_key join document d on d.canonical_url = s.url
 where s.kind is not null;

insert into deal_tranche(deal_id, amount_text, currency, amount_value, amount_usd, tranche_date, status)
select f.deal_id, t.amount_text, 'USD', t.amount, t.amount, t.tranche_date, t.status
  from (values ('amzn-1', '$1.25 billion', 1250000000, date '2023-09-25', 'COMPLETED'),
               ('amzn-1', '$2.75 billion', 2750000000, date '2024-03-27', 'COMPLETED'),
               ('goog-1', '$500 million', 500000000, date '2023-10-27', 'ANNOUNCED'),
               ('goog-1', '$1.5 billion', 1500000000, null, 'ANNOUNCED')) t(deal_key, amount_text, amount, tranche_date, status)
  join fixture_deal f on f.deal_key = t.deal_key;

drop table fixture_sentence;
drop table fixture_deal;
