-- The company module's published read views (owner: company; see "Who owns which table" in docs/architecture.md).
-- Other modules read companies through these, never the tables, so that the company module can change its tables
-- and keep the views' columns. Plain projections: the planner inlines them and the tables' indexes serve the reader.
-- Changing a view's columns is a new migration of the company module, and its readers follow in the same change.

-- Companies as parties, directory entries and roll-ups (read by deal, graph, report, search).
create view company_read as
select id, name, kind, parent_id, merged_into_id
  from company;

-- Names a company is known by, to find a company by one of them (read by report).
create view company_alias_read as
select id, company_id, alias, kind
  from company_alias;
