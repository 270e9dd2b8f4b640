package org.pactwatch.extraction.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Evidence;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.pactwatch.extraction.ExtractedDeal.Term;
import org.pactwatch.extraction.ExtractedDeal.Tranche;
import org.pactwatch.extraction.internal.DealRules.Candidate;

/** A deal being assembled from one or more sentences of a document. */
final class DealBuilder {

    final DealType type;
    DealStatus status;
    Mention payer;
    Mention payee;
    Amount amount;
    final List<Evidence> evidence = new ArrayList<>();
    final List<Tranche> tranches = new ArrayList<>();
    final List<Term> terms = new ArrayList<>();
    final java.time.LocalDate published;
    Integer termMonths;
    java.time.LocalDate date;
    double confidence;
    int lastSentence;
    boolean dropped;
    /** What the candidate scorer knows of how this deal was found. */
    List<String> features = List.of("origin=pair");

    DealBuilder(Candidate c, Evidence ev, Amount amount, java.time.LocalDate published, Integer term) {
        this.type = c.type();
        this.status = c.status();
        this.payer = c.payer();
        this.payee = c.payee();
        this.amount = amount;
        this.published = published;
        this.confidence = c.confidence();
        this.date = Dates.resolve(c.sentence().text(), published);
        this.termMonths = term;
        this.lastSentence = c.sentence().index();
        addEvidence(ev);
        addTerms(c);
    }

    /** Another deal between the parties of {@code other}, stated in sentence {@code s}. */
    DealBuilder(DealBuilder other, Evidence ev, Amount amount, Sentence s) {
        this.type = other.type;
        this.status = DealStatus.ANNOUNCED;
        this.payer = other.payer;
        this.payee = other.payee;
        this.amount = amount;
        this.published = other.published;
        this.confidence = Math.max(0.5, other.confidence - 0.15);
        this.date = Dates.resolve(s.text(), published);
        this.termMonths = Terms.termMonths(s.text());
        this.lastSentence = s.index();
        addEvidence(ev);
    }

    boolean sameParties(Candidate c) {
        if (c.type() != type) {
            return false;
        }
        if (type == DealType.PARTNERSHIP && c.payer() != null && payer != null) {
            Set<String> mine = Set.of(payer.group(), payee.group());
            return mine.contains(c.payer().group()) && mine.contains(c.payee().group());
        }
        boolean payerOk =
                c.payer() == null || payer == null || c.payer().group().equals(payer.group());
        return payerOk && c.payee().group().equals(payee.group());
    }

    boolean involves(String group) {
        return (payer != null && payer.group().equals(group)) || payee.group().equals(group);
    }

    void absorb(Candidate c, Evidence ev, Amount a, Integer term) {
        if (payer == null) {
            payer = c.payer();
        }
        if (amount == null) {
            amount = a;
        }
        if (c.status() == DealStatus.DENIED || rank(c.status()) > rank(status) && status != DealStatus.DENIED) {
            status = c.status();
        }
        if (termMonths == null) {
            termMonths = term;
        }
        confidence = Math.min(0.98, Math.max(confidence, c.confidence()) + 0.02);
        lastSentence = c.sentence().index();
        addEvidence(ev);
        addTerms(c);
    }

    private static int rank(DealStatus s) {
        return switch (s) {
            case ANNOUNCED -> 1;
            case COMPLETED -> 2;
            case REPORTED_TALKS -> 0;
            case DENIED -> 3;
        };
    }

    void addTranche(Candidate c, Evidence ev, Amount a) {
        tranches.add(new Tranche(a, Dates.resolve(ev.text(), published), c.status()));
        lastSentence = c.sentence().index();
        addEvidence(ev);
        addTerms(c);
    }

    void addEvidence(Evidence ev) {
        if (evidence.stream().noneMatch(e -> e.begin() == ev.begin())) {
            evidence.add(ev);
        }
    }

    private void addTerms(Candidate c) {
        for (Term t : Terms.find(c.sentence(), c.valuation())) {
            boolean dup = terms.stream()
                    .anyMatch(o -> o.kind() == t.kind() && o.value().equalsIgnoreCase(t.value()));
            if (!dup) {
                terms.add(t);
            }
        }
    }

    ExtractedDeal build() {
        return new ExtractedDeal(
                type,
                status,
                party(payer),
                party(payee),
                amount,
                termMonths,
                date,
                confidence,
                List.copyOf(evidence),
                List.copyOf(terms),
                false,
                List.copyOf(tranches));
    }

    private static Party party(Mention m) {
        return m == null ? null : new Party(m.name(), m.text(), m.parent());
    }

    static boolean close(Amount a, Amount b) {
        if (a.value() == null || b.value() == null) {
            return true;
        }
        if (a.currency().equals(b.currency())) {
            return within(a.value(), b.value());
        }
        return a.usd() != null && b.usd() != null && within(a.usd(), b.usd());
    }

    static boolean within(BigDecimal x, BigDecimal y) {
        BigDecimal max = x.abs().max(y.abs());
        if (max.signum() == 0) {
            return true;
        }
        return x.subtract(y).abs().divide(max, MathContext.DECIMAL64).compareTo(new BigDecimal("0.02")) <= 0;
    }
}
