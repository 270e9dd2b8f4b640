-- The graph module's data version (V50) published to the briefing (owner: graph; see "Who owns which table" in
-- docs/architecture.md): the review queue keeps the deals with conflicting figures until the version moves.
create view strategy_data_version_read as
select version
  from strategy_data_version;
