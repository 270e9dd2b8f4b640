-- API tokens expire: existing ones 90 days after they were made, new ones after pactwatch.api-token-days.
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = created_at + interval '90 days';
alter table api_token alter column expires_at set not null;
