-- The deal module's read views for the dashboard briefing (owner: deal; see "Who owns which table" in
-- docs/architecture.md). Plain projections, so that the planner inlines them and the partial indexes over live deals
-- (V30-V32, V82) serve the briefing's "live" conditions. Changing a view's columns is a new deal migration.

-- Each mention's figures as columns, kept by PostgreSQL from the payload deal clustering stores (its amount in USD
-- and the date the mention counts for, ISO text), so that the review queue compares a deal's sources from an index
-- (V82) instead of parsing every payload on each dashboard view.
alter table deal_mention
    add column stated_usd float8 generated always as ((payload -> 'deal' -> 'amount' ->> 'usd')::float8) stored,
    add column stated_day text collate "C" generated always as (payload ->> 'date') stored;

-- Deals with when they were first stored (read by briefing): "new since" counts by created_at, not the deal date.
create view deal_briefing_read as
select id, type, status, payer_id, payee_id, payer_mention, payee_mention, amount_text, amount_usd, deal_date,
       confidence, review_state, merged_into_id, created_at
  from deal;

-- What each source states of a deal's figures (read by briefing): the review queue flags deals whose sources give
-- different amounts or dates. stated_day is the ISO date (YYYY-MM-DD), so its order is the dates' order.
create view deal_mention_figure_read as
select deal_id, document_id, stated_usd, stated_day
  from deal_mention;
