-- The deal module's tables and read views for the dashboard briefing (owner: deal; see "Who owns which table" in
-- docs/architecture.md). The views are plain projections, so that the planner inlines them and the partial indexes
-- over live deals (V30-V32, V82) serve the briefing's "live" conditions. Changing a view's columns is a new deal
-- migration.

-- Each mention's figures as columns, kept by PostgreSQL from the payload deal clustering stores: its amount in USD
-- and the date the mention counts for (ISO text, so that its order is the dates' order).
alter table deal_mention
    add column stated_usd float8 generated always as ((payload -> 'deal' -> 'amount' ->> 'usd')::float8) stored,
    add column stated_day text collate "C" generated always as (payload ->> 'date') stored;

-- The deals whose sources disagree on the figures: amounts more than 1 % apart, or dates more than 31 days apart
-- (DealSummary.DATE_TOLERANCE_DAYS). Kept by a trigger on deal_mention, so that the review queue reads a short
-- table instead of comparing every deal's sources on each dashboard view.
create table deal_figure_conflict (
    deal_id bigint primary key references deal(id) on delete cascade,
    amounts boolean not null,
    dates   boolean not null
);

create function deal_figure_conflict_refresh(changed_deal bigint) returns void language plpgsql as $$
declare
    amounts_differ boolean;
    dates_differ boolean;
begin
    select coalesce(max(stated_usd) > min(stated_usd) * 1.01, false),
           coalesce(max(stated_day)::date - min(stated_day)::date > 31, false)
      into amounts_differ, dates_differ
      from deal_mention where deal_id = changed_deal;
    if amounts_differ or dates_differ then
        insert into deal_figure_conflict(deal_id, amounts, dates) values (changed_deal, amounts_differ, dates_differ)
        on conflict (deal_id) do update set amounts = excluded.amounts, dates = excluded.dates;
    else
        delete from deal_figure_conflict where deal_id = changed_deal;
    end if;
end;
$$;

create function deal_mention_figures_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform deal_figure_conflict_refresh(old.deal_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.deal_id is distinct from old.deal_id) then
        perform deal_figure_conflict_refresh(new.deal_id);
    end if;
    return null;
end;
$$;

create trigger deal_mention_figures
    after insert or delete or update of deal_id, payload on deal_mention
    for each row execute function deal_mention_figures_changed();

insert into deal_figure_conflict(deal_id, amounts, dates)
select deal_id, amounts, dates
  from (select deal_id,
               coalesce(max(stated_usd) > min(stated_usd) * 1.01, false) as amounts,
               coalesce(max(stated_day)::date - min(stated_day)::date > 31, false) as dates
          from deal_mention group by deal_id) spread
 where amounts or dates;

-- Deals with when they were first stored (read by briefing): "new since" counts by created_at, not the deal date.
create view deal_briefing_read as
select id, type, status, payer_id, payee_id, payer_mention, payee_mention, amount_text, amount_usd, deal_date,
       confidence, review_state, merged_into_id, created_at
  from deal;

-- The deals whose sources disagree, and on what (read by briefing).
create view deal_figure_conflict_read as
select deal_id, amounts, dates
  from deal_figure_conflict;
