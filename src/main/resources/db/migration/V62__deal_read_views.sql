-- The deal module's published read views (owner: deal; see "Who owns which table" in docs/architecture.md): the
-- strategist views (graph), the tie-up summaries (report) and the search index (search) read deals through these,
-- never the tables. Plain projections, so that the planner inlines them and the partial indexes over live deals
-- (V30-V32, V50) still serve the readers' "live" conditions. Changing a view's columns is a new deal migration,
-- with its readers changed in the same commit; TableOwnershipTest keeps the readers off the tables.

-- Deals with their parties, amounts, dates, review state and merge (read by graph, report, search). A live deal
-- is one with merged_into_id null and review_state <> 'REJECTED'.
create view deal_read as
select id, type, status, payer_id, payee_id, payer_mention, payee_mention, amount_text, currency, amount_value,
       amount_min, amount_max, qualifier, amount_usd, term_months, deal_date, announced_date, closed_date,
       confidence, cumulative, review_state, merged_into_id, updated_at
  from deal;

-- Which documents state a deal (read by graph, search).
create view deal_mention_read as
select id, deal_id, document_id
  from deal_mention;

-- The sentences that prove a deal, with their offsets in the document text (read by graph, report, search).
create view evidence_read as
select id, deal_id, document_id, sentence, begin_offset, end_offset
  from evidence;

-- Terms stated about a deal (read by graph, report).
create view deal_term_read as
select id, deal_id, kind, value, document_id, sentence, begin_offset, end_offset
  from deal_term;

-- Tranches of a commitment (read by report).
create view deal_tranche_read as
select id, deal_id, amount_text, currency, amount_value, amount_usd, tranche_date, status
  from deal_tranche;
