package org.pactwatch.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pactwatch.security.Role;
import org.pactwatch.shared.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies in the database: resolution of extracted parties, profile queries, and the analyst's hand
 * corrections (merge two companies, add or remove aliases), each written to the audit log.
 */
@Service
public class CompanyService implements CompanyResolver {

    static final int MAX_ALIAS_LENGTH = 200;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ObjectProvider<CompanyReferences> references;

    CompanyService(JdbcClient jdbc, AuditLog audit, ObjectProvider<CompanyReferences> references) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.references = references;
    }

    /** The comparison key of a company name (case, punctuation and legal suffixes ignored). */
    public static String normalize(String name) {
        return name == null ? "" : CompanyRegistry.key(name);
    }

    @Override
    @Transactional
    public Long resolve(String name, String mention, String parent) {
        Optional<Long> known = findId(name).or(() -> findId(mention));
        if (known.isPresent()) {
            return known.get();
        }
        String newName = isBlank(name) ? mention : name;
        if (isBlank(newName) || normalize(newName).isEmpty()) {
            return null;
        }
        Long parentId =
                isBlank(parent) || normalize(parent).equals(normalize(newName)) ? null : resolve(parent, parent, null);
        jdbc.sql("""
                insert into company(name, normalized_name, verified, parent_id)
                values (:name, :key, false, :parent)
                on conflict (normalized_name) do nothing
                """)
                .param("name", newName.strip())
                .param("key", normalize(newName))
                .param("parent", parentId)
                .update();
        return findId(newName).orElseThrow();
    }

    /** The live company a name or alias denotes (a merged company answers with the one it was merged into). */
    @Transactional(readOnly = true)
    public Optional<Long> findId(String nameOrAlias) {
        if (isBlank(nameOrAlias)) {
            return Optional.empty();
        }
        String key = normalize(nameOrAlias);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select coalesce(c.merged_into_id, c.id) from company c where c.normalized_name = :key
                union all
                select coalesce(c.merged_into_id, c.id) from company_alias a join company c on c.id = a.company_id
                 where a.normalized_alias = :key and a.kind = 'ALIAS'
                limit 1
                """).param("key", key).query(Long.class).optional();
    }

    /** The company and all companies below it in the parent hierarchy. */
    @Transactional(readOnly = true)
    public List<Long> selfAndSubsidiaries(long companyId) {
        return jdbc.sql("""
                with recursive tree(id) as (
                    select :id::bigint
                    union
                    select c.id from company c join tree t on c.parent_id = t.id
                )
                select id from tree
                """).param("id", companyId).query(Long.class).list();
    }

    /** Canonical names and ultimate parents for a set of company ids, as the deal contract shows them. */
    @Transactional(readOnly = true)
    public Map<Long, Naming> naming(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Naming> result = new HashMap<>();
        jdbc.sql("""
                with recursive chain(start_id, id, parent_id, depth) as (
                    select c.id, c.id, c.parent_id, 0 from company c where c.id in (:ids)
                    union all
                    select ch.start_id, p.id, p.parent_id, ch.depth + 1
                      from chain ch join company p on p.id = ch.parent_id where ch.depth < 10
                )
                select s.id, s.name,
                       (select p.name from chain ch join company p on p.id = ch.id
                         where ch.start_id = s.id and ch.depth > 0 order by ch.depth desc limit 1) as top_parent
                  from company s where s.id in (:ids)
                """)
                .param("ids", ids)
                .query((rs, n) -> new Naming(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(naming -> result.put(naming.id(), naming));
        return result;
    }

    /** A company's canonical name and the canonical name of its ultimate parent (null when it has none). */
    public record Naming(long id, String name, String ultimateParent) {}

    /** The company's profile, if the company exists. */
    @Transactional(readOnly = true)
    public Optional<CompanyProfile> profile(long id) {
        return jdbc.sql("""
                select c.id, c.name, c.kind, c.verified, c.ticker, c.sec_cik, c.wikidata_id, c.country,
                       c.description, c.parent_id, p.name as parent_name, c.merged_into_id, m.name as merged_name
                  from company c
                  left join company p on p.id = c.parent_id
                  left join company m on m.id = c.merged_into_id
                 where c.id = :id
                """)
                .param("id", id)
                .query((rs, n) -> {
                    long parentId = rs.getLong("parent_id");
                    CompanyRef parent = rs.wasNull() ? null : new CompanyRef(parentId, rs.getString("parent_name"));
                    long mergedId = rs.getLong("merged_into_id");
                    CompanyRef merged = rs.wasNull() ? null : new CompanyRef(mergedId, rs.getString("merged_name"));
                    return new CompanyProfile(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getString("kind"),
                            rs.getBoolean("verified"),
                            rs.getString("ticker"),
                            rs.getString("sec_cik"),
                            rs.getString("wikidata_id"),
                            rs.getString("country"),
                            rs.getString("description"),
                            parent,
                            null,
                            List.of(),
                            List.of(),
                            merged);
                })
                .optional()
                .map(this::complete);
    }

    private CompanyProfile complete(CompanyProfile base) {
        List<CompanyProfile.Alias> aliases = jdbc.sql(
                        "select id, alias, kind from company_alias where company_id = :id order by kind, lower(alias)")
                .param("id", base.id())
                .query((rs, n) -> new CompanyProfile.Alias(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        List<CompanyRef> subsidiaries = jdbc.sql("""
                select id, name from company where parent_id = :id and merged_into_id is null order by lower(name)
                """)
                .param("id", base.id())
                .query((rs, n) -> new CompanyRef(rs.getLong(1), rs.getString(2)))
                .list();
        Naming naming = naming(List.of(base.id())).get(base.id());
        CompanyRef top = naming == null || naming.ultimateParent() == null
                ? null
                : findId(naming.ultimateParent())
                        .map(id -> new CompanyRef(id, naming.ultimateParent()))
                        .orElse(null);
        return new CompanyProfile(
                base.id(),
                base.name(),
                base.kind(),
                base.verified(),
                base.ticker(),
                base.cik(),
                base.wikidata(),
                base.country(),
                base.description(),
                base.parent(),
                top,
                aliases,
                subsidiaries,
                base.mergedInto());
    }

    /** Live companies whose name or alias contains {@code query} (all when blank), best matches first. */
    @Transactional(readOnly = true)
    public List<CompanySummary> search(String query, int offset, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("""
                select c.id, c.name, c.kind, c.verified, p.name, c.ticker
                  from company c left join company p on p.id = c.parent_id
                 where c.merged_into_id is null
                   and (:q = '' or strpos(lower(c.name), :q) > 0
                        or exists (select 1 from company_alias a
                                    where a.company_id = c.id and strpos(lower(a.alias), :q) > 0))
                 order by (lower(c.name) = :q) desc, (strpos(lower(c.name), :q) = 1) desc, c.verified desc,
                          lower(c.name), c.id
                 offset :offset limit :limit
                """)
                .param("q", q)
                .param("offset", Math.max(0, offset))
                .param("limit", Math.clamp(limit, 1, 500))
                .query((rs, n) -> new CompanySummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** How many live companies {@link #search} finds. */
    @Transactional(readOnly = true)
    public long count(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("""
                select count(*) from company c
                 where c.merged_into_id is null
                   and (:q = '' or strpos(lower(c.name), :q) > 0
                        or exists (select 1 from company_alias a
                                    where a.company_id = c.id and strpos(lower(a.alias), :q) > 0))
                """).param("q", q).query(Long.class).single();
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: the source's names become aliases of the target, its
     * subsidiaries and deals move to the target (in this transaction, so no deal ever points at a merged
     * company), and later mentions of the source resolve to the target.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public CompanyProfile merge(long sourceId, long targetId, String actor) {
        if (sourceId == targetId) {
            throw new IllegalArgumentException("a company cannot be merged into itself");
        }
        CompanyProfile source = live(sourceId);
        CompanyProfile target = live(targetId);
        if (selfAndSubsidiaries(sourceId).contains(targetId)) {
            throw new IllegalArgumentException(
                    "cannot merge " + source.name() + " into its own subsidiary " + target.name());
        }
        jdbc.sql("update company_alias set company_id = :target where company_id = :source")
                .param("target", targetId)
                .param("source", sourceId)
                .update();
        jdbc.sql("""
                insert into company_alias(company_id, alias, normalized_alias, kind)
                values (:target, :alias, :key, 'ALIAS') on conflict (normalized_alias) do nothing
                """)
                .param("target", targetId)
                .param("alias", source.name())
                .param("key", normalize(source.name()))
                .update();
        jdbc.sql("update company set parent_id = :target, updated_at = clock_timestamp() where parent_id = :source")
                .param("target", targetId)
                .param("source", sourceId)
                .update();
        jdbc.sql(
                        "update company set merged_into_id = :target, updated_at = clock_timestamp() where merged_into_id = :source")
                .param("target", targetId)
                .param("source", sourceId)
                .update();
        jdbc.sql(
                        "update company set merged_into_id = :target, parent_id = null, updated_at = clock_timestamp() where id = :source")
                .param("target", targetId)
                .param("source", sourceId)
                .update();
        jdbc.sql("""
                update company set
                    ticker = coalesce(ticker, (select ticker from company where id = :source)),
                    sec_cik = coalesce(sec_cik, (select sec_cik from company where id = :source)),
                    wikidata_id = coalesce(wikidata_id, (select wikidata_id from company where id = :source)),
                    country = coalesce(country, (select country from company where id = :source)),
                    updated_at = clock_timestamp()
                 where id = :target
                """).param("target", targetId).param("source", sourceId).update();
        int deals = 0;
        for (CompanyReferences moved : references.orderedStream().toList()) {
            deals += moved.repoint(sourceId, targetId);
        }
        CompanyProfile after = profile(targetId).orElseThrow();
        audit.record(
                actor,
                "company.merge",
                "company",
                targetId,
                Map.of("source", source, "target", target),
                Map.of("target", after, "dealsRepointed", deals));
        return after;
    }

    /** Adds a name the company is known by; refused when another company already uses that name. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public CompanyProfile addAlias(long companyId, String alias, String actor) {
        CompanyProfile before = live(companyId);
        String clean = validAlias(alias);
        String key = normalize(clean);
        Optional<Long> owner = findId(clean);
        if (owner.isPresent() && owner.get() != companyId) {
            String ownerName = profile(owner.get()).map(CompanyProfile::name).orElse("another company");
            throw new IllegalArgumentException("\"" + clean + "\" already names " + ownerName);
        }
        if (owner.isEmpty()) {
            jdbc.sql("""
                    insert into company_alias(company_id, alias, normalized_alias, kind) values (:id, :alias, :key, 'ALIAS')
                    on conflict (normalized_alias) do nothing
                    """)
                    .param("id", companyId)
                    .param("alias", clean)
                    .param("key", key)
                    .update();
        }
        return aliasesChanged(companyId, actor, "company.alias.add", before);
    }

    /** Removes an alias of the company on the actor's behalf; returns the profile after. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public CompanyProfile removeAlias(long companyId, long aliasId, String actor) {
        CompanyProfile before = live(companyId);
        int removed = jdbc.sql("delete from company_alias where id = :alias and company_id = :id")
                .param("alias", aliasId)
                .param("id", companyId)
                .update();
        if (removed == 0) {
            throw new IllegalArgumentException("alias " + aliasId + " does not belong to " + before.name());
        }
        return aliasesChanged(companyId, actor, "company.alias.remove", before);
    }

    /** Marks a company as checked by an analyst (unverified companies were created by extraction). */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public CompanyProfile verify(long companyId, String actor) {
        CompanyProfile before = live(companyId);
        jdbc.sql("update company set verified = true, updated_at = clock_timestamp() where id = :id")
                .param("id", companyId)
                .update();
        CompanyProfile after = profile(companyId).orElseThrow();
        audit.record(actor, "company.verify", "company", companyId, before, after);
        return after;
    }

    /** Id → canonical name of live companies, for labels. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from company where id in (:ids)")
                    .param("ids", new ArrayList<>(ids))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }

    private CompanyProfile live(long id) {
        CompanyProfile company =
                profile(id).orElseThrow(() -> new CompanyNotFoundException("no company with id " + id));
        if (company.mergedInto() != null) {
            throw new IllegalArgumentException(
                    company.name() + " was merged into " + company.mergedInto().name());
        }
        return company;
    }

    /** After an alias change: the company counts as updated, and the audit log has the aliases before and after. */
    private CompanyProfile aliasesChanged(long companyId, String actor, String action, CompanyProfile before) {
        touch(companyId);
        CompanyProfile after = profile(companyId).orElseThrow();
        audit.record(actor, action, "company", companyId, before.aliases(), after.aliases());
        return after;
    }

    private void touch(long id) {
        jdbc.sql("update company set updated_at = clock_timestamp() where id = :id")
                .param("id", id)
                .update();
    }

    private static String validAlias(String alias) {
        String clean = alias == null ? "" : alias.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("an alias must not be empty");
        }
        if (clean.length() > MAX_ALIAS_LENGTH) {
            throw new IllegalArgumentException("an alias has at most " + MAX_ALIAS_LENGTH + " characters");
        }
        if (clean.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("an alias must not contain markup (< or >) or control characters");
        }
        if (normalize(clean).isEmpty()) {
            throw new IllegalArgumentException("an alias needs at least one letter or digit");
        }
        return clean;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
