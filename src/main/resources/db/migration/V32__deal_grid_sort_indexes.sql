-- Every sort the Deals view offers reads an index over live deals and stops after one page, instead of sorting
-- all 100,000 deals. Index order matches DealQueries.orderBy: ascending with nulls first and the id tie-breaker;
-- descending is the backward scan of the same index.

-- The payer and payee name sorts: each deal carries its parties' lower-cased names, so that the sort is an index
-- scan rather than a join with company and a sort of every deal. Triggers keep the copies current when a deal's
-- parties change (merges, edits, re-extraction) and when a company is renamed.
alter table deal add column payer_sort text, add column payee_sort text;

update deal d set payer_sort = lower(c.name) from company c where c.id = d.payer_id;
update deal d set payee_sort = lower(c.name) from company c where c.id = d.payee_id;

create function deal_party_sort_keys() returns trigger language plpgsql as $$
begin
    new.payer_sort := (select lower(name) from company where id = new.payer_id);
    new.payee_sort := (select lower(name) from company where id = new.payee_id);
    return new;
end
$$;

create trigger deal_party_sort_keys before insert or update of payer_id, payee_id on deal
    for each row execute function deal_party_sort_keys();

create function company_renamed_deal_sort_keys() returns trigger language plpgsql as $$
begin
    update deal set payer_sort = lower(new.name) where payer_id = new.id;
    update deal set payee_sort = lower(new.name) where payee_id = new.id;
    return null;
end
$$;

create trigger company_renamed_deal_sort_keys after update of name on company
    for each row when (old.name is distinct from new.name) execute function company_renamed_deal_sort_keys();

create index deal_live_payer_sort_idx on deal(payer_sort nulls first, id) where merged_into_id is null;
create index deal_live_payee_sort_idx on deal(payee_sort nulls first, id) where merged_into_id is null;

-- Sorts by type, status and review state; the review-state index also finds the few reviewed deals quickly when
-- the grid is filtered by review state.
create index deal_live_type_idx on deal(type nulls first, id) where merged_into_id is null;
create index deal_live_status_idx on deal(status nulls first, id) where merged_into_id is null;
create index deal_live_review_idx on deal(review_state nulls first, id) where merged_into_id is null;

-- The grid sorts confidence "desc nulls last"; V30's index is "desc" (nulls first), which the planner cannot use
-- for that order (it does not reason from NOT NULL), so every confidence sort sorted all live deals.
drop index deal_live_confidence_idx;
create index deal_live_confidence_idx on deal(confidence desc nulls last, id desc) where merged_into_id is null;
