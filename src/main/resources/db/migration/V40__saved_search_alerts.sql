-- Saved-search alerts: one notification per saved search and deal, so re-extraction never alerts twice.
create unique index notification_search_deal_uidx on notification(saved_search_id, deal_id);
create index saved_search_user_idx on saved_search(user_id, created_at desc);
create index notification_unread_idx on notification(user_id) where read_at is null;
