-- The deal module's read views for the dashboard briefing (owner: deal; see "Who owns which table" in
-- docs/architecture.md). Plain projections, so that the planner inlines them and the partial indexes over live deals
-- (V30-V32, V82) serve the briefing's "live" conditions. Changing a view's columns is a new deal migration.

-- Deals with when they were first stored (read by briefing): "new since" counts by created_at, not the deal date.
create view deal_briefing_read as
select id, type, status, payer_id, payee_id, payer_mention, payee_mention, amount_text, amount_usd, deal_date,
       confidence, review_state, merged_into_id, created_at
  from deal;

-- What each source states of a deal's figures (read by briefing): the review queue flags deals whose sources give
-- different amounts or dates. amount_usd and stated_date come from the mention as stored by deal clustering.
create view deal_mention_figure_read as
select deal_id, document_id, (payload -> 'deal' -> 'amount' ->> 'usd')::numeric as amount_usd,
       (payload ->> 'date')::date as stated_date
  from deal_mention;
