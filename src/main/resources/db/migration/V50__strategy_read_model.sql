-- Strategist views at 100,000 deals: a version of the data they read, so that the company directory, the
-- relationship graph and computed results can be kept in memory until something they show changes.

create table strategy_data_version (
    id      int primary key check (id = 1),
    version bigint not null
);
insert into strategy_data_version(id, version) values (1, 0);

-- Bumped once per transaction, at commit (deferred constraint triggers): every transaction takes the
-- counter's row lock as its last lock, so writers cannot deadlock on it, and a reader that sees a version
-- also sees the changes that bumped it. Deal clustering is already serialized by an advisory lock.
create function strategy_data_changed() returns trigger language plpgsql as $$
begin
    if current_setting('pactwatch.strategy_data_bumped', true) = 'on' then
        return null;
    end if;
    perform set_config('pactwatch.strategy_data_bumped', 'on', true);
    update strategy_data_version set version = version + 1 where id = 1;
    return null;
end;
$$;

create constraint trigger deal_strategy_data
    after insert or delete or update of type, status, payer_id, payee_id, amount_text, amount_usd, deal_date,
        term_months, review_state, merged_into_id
    on deal deferrable initially deferred
    for each row execute function strategy_data_changed();

create constraint trigger company_strategy_data
    after insert or delete or update of name, kind, parent_id, merged_into_id
    on company deferrable initially deferred
    for each row execute function strategy_data_changed();

create constraint trigger deal_mention_strategy_data
    after insert or delete or update of deal_id, document_id
    on deal_mention deferrable initially deferred
    for each row execute function strategy_data_changed();

create constraint trigger evidence_strategy_data
    after insert or delete or update of deal_id, document_id
    on evidence deferrable initially deferred
    for each row execute function strategy_data_changed();

create constraint trigger deal_term_strategy_data
    after insert or delete or update
    on deal_term deferrable initially deferred
    for each row execute function strategy_data_changed();

-- The graph and loop queries sum live deals per payer, payee and type: an index-only scan in group order.
create index deal_live_edge_idx on deal(payer_id, payee_id, type) include (amount_usd, deal_date)
    where review_state <> 'REJECTED' and merged_into_id is null;
