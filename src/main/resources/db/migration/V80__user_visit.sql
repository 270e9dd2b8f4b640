-- The security module's record of when each user last looked at the dashboard (owner: security; see "Who owns which
-- table" in docs/architecture.md). A visit is a run of dashboard views less than 30 minutes apart; the briefing's
-- "new since" starts, by default, at the last view of the visit before the current one.
create table user_visit (
    user_id          bigint primary key references app_user(id) on delete cascade,
    last_seen_at     timestamptz not null,
    previous_seen_at timestamptz
);
