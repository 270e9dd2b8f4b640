-- The search index catches up in (updated_at, id) order; these make each batch an index range scan.
create index document_updated_id_idx on document(updated_at, id);
create index deal_updated_id_idx on deal(updated_at, id);

-- The deal grid's default filter (live, not rejected): counts and the common sorts read only these entries.
create index deal_listed_date_idx on deal(deal_date desc nulls last, id desc)
    where merged_into_id is null and review_state <> 'REJECTED';
create index deal_listed_usd_idx on deal(amount_usd desc nulls last, id desc)
    where merged_into_id is null and review_state <> 'REJECTED';
