-- Pactwatch schema v1. PostgreSQL is the system of record; the Lucene index is derived from it.

-- Companies: canonical registry with aliases, identifiers and a parent hierarchy.
create table company (
    id              bigserial primary key,
    name            text not null,
    normalized_name text not null unique,
    kind            text not null default 'OTHER'
                    check (kind in ('BIG_TECH','AI_LAB','CHIP_MAKER','CLOUD','INVESTOR','TELECOM','INDUSTRIAL','ENERGY','OTHER')),
    parent_id       bigint references company(id),
    ticker          text,
    sec_cik         text,
    wikidata_id     text,
    country         text,
    description     text,
    verified        boolean not null default true,
    merged_into_id  bigint references company(id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index company_parent_idx on company(parent_id);
create index company_cik_idx on company(sec_cik);

-- Names a company is known by; PRODUCT names map a product to its maker and are never parties themselves.
create table company_alias (
    id               bigserial primary key,
    company_id       bigint not null references company(id) on delete cascade,
    alias            text not null,
    normalized_alias text not null unique,
    kind             text not null default 'ALIAS' check (kind in ('ALIAS','PRODUCT'))
);
create index company_alias_company_idx on company_alias(company_id);

-- Where documents come from.
create table source (
    id            bigserial primary key,
    kind          text not null check (kind in ('FEED','WEB','SITEMAP','EDGAR','EDGAR_SEARCH','FOLDER','UPLOAD','SAMPLE')),
    name          text not null,
    url           text,
    cik           text,
    path          text,
    query         text,
    schedule      text,
    enabled       boolean not null default true,
    created_by    text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

-- Conditional GET state per fetched URL (ETag / Last-Modified).
create table fetch_state (
    url           text primary key,
    etag          text,
    last_modified text,
    fetched_at    timestamptz not null default now()
);

-- Ingest job runs with their counts.
create table job_run (
    id               bigserial primary key,
    source_id        bigint references source(id) on delete set null,
    status           text not null default 'QUEUED'
                     check (status in ('QUEUED','RUNNING','SUCCEEDED','FAILED','CANCELLED')),
    trigger          text not null default 'MANUAL',
    queued_at        timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    seen             int not null default 0,
    new_count        int not null default 0,
    duplicate        int not null default 0,
    failed           int not null default 0,
    total_expected   int,
    error_samples    jsonb not null default '[]'::jsonb,
    message          text,
    cancel_requested boolean not null default false,
    requested_by     text
);
create index job_run_source_idx on job_run(source_id, queued_at desc);

-- Documents: news articles and filings. Deduplicated by canonical URL and by SHA-256 of the text.
create table document (
    id                bigserial primary key,
    source_id         bigint references source(id) on delete set null,
    job_run_id        bigint references job_run(id) on delete set null,
    kind              text not null default 'NEWS' check (kind in ('NEWS','FILING')),
    url               text,
    canonical_url     text unique,
    title             text,
    byline            text,
    publisher         text,
    published_date    date,
    fetched_at        timestamptz not null default now(),
    content_type      text,
    text              text not null default '',
    sha256            char(64) unique,
    language          text,
    filing_form       text,
    filing_cik        text,
    filing_company    text,
    filing_accession  text,
    filing_date       date,
    status            text not null default 'STORED'
                      check (status in ('STORED','EXTRACTED','FAILED')),
    error             text,
    extractor_version text,
    updated_at        timestamptz not null default now()
);
create index document_published_idx on document(published_date);
create index document_status_idx on document(status);
create index document_updated_idx on document(updated_at);

-- Deals: one record per real-world deal, clustered from mentions across documents.
create table deal (
    id              bigserial primary key,
    type            text not null check (type in ('INVESTMENT','CLOUD_COMMITMENT','ACQUISITION','SUPPLY','PARTNERSHIP')),
    status          text not null check (status in ('ANNOUNCED','COMPLETED','REPORTED_TALKS','DENIED')),
    payer_id        bigint references company(id),
    payee_id        bigint references company(id),
    payer_mention   text,
    payee_mention   text,
    amount_text     text,
    currency        char(3),
    amount_value    numeric(24, 2),
    amount_min      numeric(24, 2),
    amount_max      numeric(24, 2),
    qualifier       text check (qualifier in ('EXACT','UP_TO','MORE_THAN','AT_LEAST','ABOUT','RANGE')),
    amount_usd      numeric(24, 2),
    term_months     int,
    deal_date       date,
    announced_date  date,
    closed_date     date,
    confidence      real not null default 0,
    cumulative      boolean not null default false,
    review_state    text not null default 'UNREVIEWED'
                    check (review_state in ('UNREVIEWED','CONFIRMED','EDITED','REJECTED')),
    reviewed_by     text,
    reviewed_at     timestamptz,
    merged_into_id  bigint references deal(id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index deal_payer_idx on deal(payer_id);
create index deal_payee_idx on deal(payee_id);
create index deal_date_idx on deal(deal_date);
create index deal_type_idx on deal(type);
create index deal_updated_idx on deal(updated_at);
create index deal_usd_idx on deal(amount_usd);

-- A deal as one document states it (the extractor's output); re-extraction replaces a document's mentions.
create table deal_mention (
    id           bigserial primary key,
    deal_id      bigint not null references deal(id) on delete cascade,
    document_id  bigint not null references document(id) on delete cascade,
    payload      jsonb not null,
    created_at   timestamptz not null default now()
);
create index deal_mention_deal_idx on deal_mention(deal_id);
create index deal_mention_document_idx on deal_mention(document_id);

-- Evidence: the sentences that prove a deal, with character offsets into the document text.
create table evidence (
    id           bigserial primary key,
    deal_id      bigint not null references deal(id) on delete cascade,
    document_id  bigint not null references document(id) on delete cascade,
    sentence     text not null,
    begin_offset int not null,
    end_offset   int not null,
    created_at   timestamptz not null default now()
);
create index evidence_deal_idx on evidence(deal_id);
create index evidence_document_idx on evidence(document_id);

-- Terms the text states about a deal (stake, valuation, instrument, exclusivity, seats, chips, capacity …).
create table deal_term (
    id           bigserial primary key,
    deal_id      bigint not null references deal(id) on delete cascade,
    kind         text not null check (kind in ('STAKE_PERCENT','VALUATION','INSTRUMENT','EXCLUSIVITY','PRIMARY_PROVIDER',
                                                'BOARD_SEAT','OBSERVER_SEAT','CHIPS','CAPACITY','REVENUE_SHARE','OTHER')),
    value        text not null,
    document_id  bigint references document(id) on delete cascade,
    sentence     text,
    begin_offset int,
    end_offset   int
);
create index deal_term_deal_idx on deal_term(deal_id);

-- Tranches of a commitment paid in stated parts.
create table deal_tranche (
    id           bigserial primary key,
    deal_id      bigint not null references deal(id) on delete cascade,
    amount_text  text,
    currency     char(3),
    amount_value numeric(24, 2),
    amount_usd   numeric(24, 2),
    tranche_date date,
    status       text
);
create index deal_tranche_deal_idx on deal_tranche(deal_id);

-- Users, roles and API tokens.
create table app_user (
    id            bigserial primary key,
    username      text not null unique,
    password_hash text not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    last_login_at timestamptz
);

create table user_role (
    user_id bigint not null references app_user(id) on delete cascade,
    role    text not null check (role in ('ANALYST','STRATEGIST','REGULATOR','ADMIN')),
    primary key (user_id, role)
);

create table api_token (
    id           bigserial primary key,
    user_id      bigint not null references app_user(id) on delete cascade,
    name         text not null,
    token_sha256 char(64) not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- Saved searches, their alerts and the in-app notifications they raise.
create table saved_search (
    id              bigserial primary key,
    user_id         bigint not null references app_user(id) on delete cascade,
    name            text not null,
    query           text not null,
    target          text not null default 'DEALS' check (target in ('DEALS','DOCUMENTS')),
    feed_token_hash char(64) unique,
    last_checked_at timestamptz not null default now(),
    created_at      timestamptz not null default now()
);

create table notification (
    id              bigserial primary key,
    user_id         bigint not null references app_user(id) on delete cascade,
    saved_search_id bigint references saved_search(id) on delete cascade,
    deal_id         bigint references deal(id) on delete cascade,
    message         text not null,
    created_at      timestamptz not null default now(),
    read_at         timestamptz
);
create index notification_user_idx on notification(user_id, created_at desc);

-- Exports a regulator produced, kept so that they can be downloaded again.
create table export_record (
    id          bigserial primary key,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    scope       jsonb not null,
    format      text not null check (format in ('PDF','CSV','JSON','XLSX')),
    file_name   text not null,
    sha256      char(64) not null,
    content     bytea not null
);

-- Append-only audit log: who changed what and when, before and after.
create table audit_log (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    actor        text not null,
    action       text not null,
    entity_type  text,
    entity_id    text,
    before_state jsonb,
    after_state  jsonb
);
create index audit_log_entity_idx on audit_log(entity_type, entity_id);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
