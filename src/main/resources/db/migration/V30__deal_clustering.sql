-- Deal clustering and the analyst's deal grid at 100,000 deals.

-- The latest date any mention reports, so clustering can test "dates within ~120 days" against the whole span.
alter table deal add column last_mention_date date;

-- Clustering looks deals up by type and resolved parties (either may be null).
create index deal_cluster_key_idx on deal(type, coalesce(payer_id, 0), coalesce(payee_id, 0)) where merged_into_id is null;

-- Grid sorts with an id tie-breaker over live (unmerged) deals.
create index deal_live_date_idx on deal(deal_date desc nulls last, id desc) where merged_into_id is null;
create index deal_live_usd_idx on deal(amount_usd desc nulls last, id desc) where merged_into_id is null;
create index deal_live_confidence_idx on deal(confidence desc, id desc) where merged_into_id is null;

-- Terms and mentions are replaced per document on re-extraction.
create index deal_term_document_idx on deal_term(document_id);

-- Company lookups by name fragment for the companies API.
create index company_name_lower_idx on company(lower(name) text_pattern_ops);
