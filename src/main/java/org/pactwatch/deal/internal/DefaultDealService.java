package org.pactwatch.deal.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactwatch.company.CompanyResolver;
import org.pactwatch.deal.DealEdit;
import org.pactwatch.deal.DealNotFoundException;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealService;
import org.pactwatch.deal.DealView;
import org.pactwatch.deal.DealsReviewed;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.security.Role;
import org.pactwatch.shared.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
class DefaultDealService implements DealService {

    private static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final DealQueries queries;
    private final DealClusterer clusterer;
    private final CompanyResolver resolver;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DefaultDealService(
            JdbcClient jdbc,
            DealQueries queries,
            DealClusterer clusterer,
            CompanyResolver resolver,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clusterer = clusterer;
        this.resolver = resolver;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional
    public DealView confirm(long dealId, String actor) {
        return decide(dealId, ReviewState.CONFIRMED, "deal.confirm", actor);
    }

    @Override
    @Transactional
    public DealView reject(long dealId, String actor) {
        return decide(dealId, ReviewState.REJECTED, "deal.reject", actor);
    }

    private DealView decide(long dealId, ReviewState state, String action, String actor) {
        DealView before = live(dealId);
        markReviewed(dealId, state, actor);
        return finish(action, actor, dealId, before, List.of(dealId));
    }

    @Override
    @Transactional
    public DealView edit(long dealId, DealEdit edit, String actor) {
        DealView before = live(dealId);
        Long payerId = party(edit.payerId(), edit.payerName(), before.payer());
        Long payeeId = party(edit.payeeId(), edit.payeeName(), before.payee());
        jdbc.sql("""
                update deal set type = coalesce(:type, type), status = coalesce(:status, status),
                       payer_id = :payer, payee_id = :payee,
                       term_months = coalesce(:term, term_months), deal_date = coalesce(:date, deal_date),
                       announced_date = coalesce(:announced, announced_date),
                       closed_date = coalesce(:closed, closed_date)
                 where id = :id
                """)
                .param("type", edit.type() == null ? null : edit.type().name())
                .param("status", edit.status() == null ? null : edit.status().name())
                .param("payer", payerId)
                .param("payee", payeeId)
                .param("term", nonNegative(edit.termMonths(), "termMonths"))
                .param("date", edit.date())
                .param("announced", edit.announcedDate())
                .param("closed", edit.closedDate())
                .param("id", dealId)
                .update();
        if (Boolean.TRUE.equals(edit.clearAmount())) {
            jdbc.sql("""
                    update deal set amount_text = null, currency = null, amount_value = null, amount_min = null,
                           amount_max = null, qualifier = null, amount_usd = null where id = :id
                    """).param("id", dealId).update();
        } else if (changesAmount(edit)) {
            String currency = currency(edit.currency());
            BigDecimal usd =
                    edit.amountUsd() != null ? edit.amountUsd() : ("USD".equals(currency) ? edit.amountValue() : null);
            jdbc.sql("""
                    update deal set amount_text = coalesce(:text, amount_text), currency = coalesce(:currency, currency),
                           amount_value = coalesce(:value, amount_value), amount_min = coalesce(:min, amount_min),
                           amount_max = coalesce(:max, amount_max), qualifier = coalesce(:qualifier, qualifier),
                           amount_usd = coalesce(:usd, amount_usd)
                     where id = :id
                    """)
                    .param("text", text(edit.amountText(), "amountText"))
                    .param("currency", currency)
                    .param("value", nonNegative(edit.amountValue(), "amountValue"))
                    .param("min", nonNegative(edit.amountMin(), "amountMin"))
                    .param("max", nonNegative(edit.amountMax(), "amountMax"))
                    .param(
                            "qualifier",
                            edit.qualifier() == null ? null : edit.qualifier().name())
                    .param("usd", nonNegative(usd, "amountUsd"))
                    .param("id", dealId)
                    .update();
        }
        markReviewed(dealId, ReviewState.EDITED, actor);
        return finish("deal.edit", actor, dealId, before, List.of(dealId));
    }

    @Override
    @Transactional
    public DealView merge(long targetId, long sourceId, String actor) {
        if (targetId == sourceId) {
            throw new IllegalArgumentException("a deal cannot be merged with itself");
        }
        DealView target = live(targetId);
        DealView source = live(sourceId);
        for (String table : List.of("deal_mention", "evidence", "deal_term")) {
            jdbc.sql("update " + table + " set deal_id = :target where deal_id = :source")
                    .param("target", targetId)
                    .param("source", sourceId)
                    .update();
        }
        jdbc.sql(
                        "update deal set merged_into_id = :target, updated_at = clock_timestamp() where merged_into_id = :source or id = :source")
                .param("target", targetId)
                .param("source", sourceId)
                .update();
        clusterer.refresh(targetId);
        markReviewed(targetId, ReviewState.EDITED, actor);
        return finish(
                "deal.merge", actor, targetId, Map.of("target", target, "source", source), List.of(targetId, sourceId));
    }

    @Override
    @Transactional
    public DealView split(long dealId, List<Long> documentIds, String actor) {
        DealView before = live(dealId);
        Set<Long> sources = new LinkedHashSet<>();
        before.sources().forEach(s -> sources.add(s.documentId()));
        Set<Long> moving = new LinkedHashSet<>(documentIds == null ? List.of() : documentIds);
        if (moving.isEmpty() || !sources.containsAll(moving)) {
            throw new IllegalArgumentException("name one or more of the deal's source documents " + sources);
        }
        if (moving.size() == sources.size()) {
            throw new IllegalArgumentException("at least one source document has to stay with the deal");
        }
        long newId = jdbc.sql("""
                        insert into deal(type, status, payer_id, payee_id, payer_mention, payee_mention, deal_date,
                                         last_mention_date, confidence)
                        select type, status, payer_id, payee_id, payer_mention, payee_mention, deal_date,
                               last_mention_date, confidence from deal where id = :id
                        returning id
                        """).param("id", dealId).query(Long.class).single();
        for (String table : List.of("deal_mention", "evidence", "deal_term")) {
            jdbc.sql("update " + table + " set deal_id = :newId where deal_id = :id and document_id in (:docs)")
                    .param("newId", newId)
                    .param("id", dealId)
                    .param("docs", new ArrayList<>(moving))
                    .update();
        }
        clusterer.refresh(newId);
        clusterer.refresh(dealId);
        markReviewed(newId, ReviewState.EDITED, actor);
        markReviewed(dealId, ReviewState.EDITED, actor);
        DealView created = queries.view(newId).orElseThrow();
        DealView after = queries.view(dealId).orElseThrow();
        audit.record(actor, "deal.split", "deal", dealId, before, Map.of("deal", after, "splitOff", created));
        events.publishEvent(new DealsReviewed(List.of(dealId, newId)));
        return created;
    }

    private DealView finish(String action, String actor, long dealId, Object before, List<Long> touched) {
        DealView after = queries.view(dealId).orElseThrow();
        audit.record(actor, action, "deal", dealId, before, after);
        events.publishEvent(new DealsReviewed(touched));
        return after;
    }

    private void markReviewed(long dealId, ReviewState state, String actor) {
        jdbc.sql("""
                update deal set review_state = :state, reviewed_by = :actor, reviewed_at = now(), updated_at = clock_timestamp()
                 where id = :id
                """)
                .param("state", state.name())
                .param("actor", actor)
                .param("id", dealId)
                .update();
    }

    private DealView live(long dealId) {
        DealView deal = queries.view(dealId).orElseThrow(() -> new DealNotFoundException("no deal with id " + dealId));
        long mergedInto = jdbc.sql("select coalesce(merged_into_id, 0) from deal where id = :id")
                .param("id", dealId)
                .query(Long.class)
                .single();
        if (mergedInto != 0) {
            throw new IllegalArgumentException("deal " + dealId + " was merged into deal " + mergedInto);
        }
        return deal;
    }

    private Long party(Long id, String name, DealView.Party current) {
        if (id != null) {
            boolean exists = jdbc.sql("select count(*) from company_read where id = :id and merged_into_id is null")
                            .param("id", id)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!exists) {
                throw new IllegalArgumentException("no company with id " + id);
            }
            return id;
        }
        if (name != null && !name.isBlank()) {
            String clean = text(name, "party name");
            return resolver.resolve(clean, clean, null);
        }
        return current == null ? null : current.id();
    }

    private static boolean changesAmount(DealEdit edit) {
        return edit.amountText() != null
                || edit.currency() != null
                || edit.amountValue() != null
                || edit.amountMin() != null
                || edit.amountMax() != null
                || edit.qualifier() != null
                || edit.amountUsd() != null;
    }

    private static String currency(String currency) {
        if (currency == null) {
            return null;
        }
        String c = currency.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD");
        }
        return c;
    }

    private static String text(String value, String field) {
        if (value == null) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " has at most " + MAX_TEXT + " characters");
        }
        if (clean.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            throw new IllegalArgumentException(field + " must not contain markup (< or >) or control characters");
        }
        return clean;
    }

    private static <N extends Number> N nonNegative(N value, String field) {
        if (value != null && value.doubleValue() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return value;
    }
}
