-- The security module's published read view of users (owner: security; see "Who owns which table" in
-- docs/architecture.md): modules that keep per-user rows find a user's id by name through it, never the table.
-- Only the id and the name: password hashes, roles and tokens stay the security module's.

-- Users by name (read by alert).
create view app_user_read as
select id, username
  from app_user;
