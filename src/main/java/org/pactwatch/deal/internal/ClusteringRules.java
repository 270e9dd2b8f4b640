package org.pactwatch.deal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;

/**
 * When two mentions can be one deal: the same type, parties that are the same company or one the other's parent
 * (AWS and Amazon; either order for partnerships), amounts whose ranges meet ("up to $4 billion" and "$4 billion";
 * "more than $100 billion" and "$100 billion-plus"), no two different funding rounds, and report dates close
 * enough — a window that grows when the figures agree, and again when the later mention restates an earlier deal.
 */
final class ClusteringRules {

    /** Two stated figures this far apart (relative) are still the same figure. */
    static final double AMOUNT_TOLERANCE = 0.05;
    /** "About $2 billion" covers this much either side. */
    static final double ABOUT_TOLERANCE = 0.10;
    /** "More than $100 billion" or "at least $1 billion" is taken to mean at most this multiple. */
    static final double OPEN_ENDED_FACTOR = 1.5;
    /** Reports of one deal without a figure to compare lie this close together. */
    static final long DATE_WINDOW_DAYS = 120;
    /** Reports whose figures agree may lie this far apart: deals close, are cleared and are cited for a year. */
    static final long AGREEING_AMOUNT_WINDOW_DAYS = 365;
    /** A filing or an article that restates an earlier deal may cite one from this long before. */
    static final long RESTATEMENT_WINDOW_DAYS = 3 * 365 + 1;
    /** A follow-on report this long after a deal that nobody called a follow-on is a new deal. */
    static final long FOLLOW_ON_GAP_DAYS = 30;
    /** A report without a figure may join the only deal of its two parties that lies this close. */
    static final long LONE_DEAL_WINDOW_DAYS = 183;

    private ClusteringRules() {}

    /** True when the mention may join a deal that holds {@code members} (which lie from {@code first} to {@code last}). */
    static boolean canJoin(List<ClusterMention> members, LocalDate first, LocalDate last, ClusterMention m) {
        boolean amountsAgree = false;
        for (ClusterMention member : members) {
            if (member.documentId() == m.documentId() || !pairCompatible(member, m)) {
                return false;
            }
            amountsAgree |= member.payload().deal().amount() != null
                    && m.payload().deal().amount() != null
                    && amountsCompatible(
                            member.payload().deal().amount(), m.payload().deal().amount());
        }
        return distance(first, last, m.date()) <= window(first, m, amountsAgree);
    }

    /**
     * True when a mention without a figure, which no deal takes within the usual window, may still be a deal's: one
     * first reported before it, within half a year, or within the restatement window when the mention restates an
     * earlier deal. The caller joins it only to the single deal that qualifies (several: it stays apart). A report
     * that comes before every report of a deal is no citation of it, so only the usual window applies there.
     */
    static boolean mayBeLoneDeal(List<ClusterMention> members, LocalDate first, LocalDate last, ClusterMention m) {
        if (m.payload().deal().amount() != null) {
            return false;
        }
        for (ClusterMention member : members) {
            if (member.documentId() == m.documentId() || !pairCompatible(member, m)) {
                return false;
            }
        }
        if (first == null || m.date() == null || m.date().isBefore(first)) {
            return false;
        }
        long distance = distance(first, last, m.date());
        return distance <= LONE_DEAL_WINDOW_DAYS || (m.restates() && distance <= RESTATEMENT_WINDOW_DAYS);
    }

    /** Everything but the date window: type, parties, figures, rounds and follow-ons. */
    static boolean pairCompatible(ClusterMention a, ClusterMention b) {
        DealType type = a.payload().deal().type();
        if (type != b.payload().deal().type() || !partiesCompatible(type, a, b)) {
            return false;
        }
        Amount x = a.payload().deal().amount();
        Amount y = b.payload().deal().amount();
        if (!amountsCompatible(x, y) && !tranches(a, b) && !grew(a, b) && !grew(b, a)) {
            return false;
        }
        if (a.round() != null && b.round() != null && !a.round().equals(b.round())) {
            return false;
        }
        return !laterFollowOn(a, b) && !laterFollowOn(b, a);
    }

    /**
     * Figures of one deal told in parts: a tranche ("completing the up to $4 billion commitment") is no larger than
     * the whole, and two tranches of it differ.
     */
    private static boolean tranches(ClusterMention a, ClusterMention b) {
        if (a.partOf() && b.partOf()) {
            return true;
        }
        ClusterMention part = a.partOf() ? a : b.partOf() ? b : null;
        if (part == null) {
            return false;
        }
        ClusterMention whole = part == a ? b : a;
        double[] p = usdRange(part.payload().deal().amount());
        double[] w = usdRange(whole.payload().deal().amount());
        return p != null && w != null && p[0] <= w[1] * (1 + AMOUNT_TOLERANCE);
    }

    /**
     * A provisional figure that grew: talks of "$10 billion or more" that became a $50 billion agreement, a round
     * of "about $2 billion" that closed at $3.5 billion. Only a figure that was a floor or an estimate, and only
     * upwards, to a later report.
     */
    private static boolean grew(ClusterMention talks, ClusterMention later) {
        Amount figure = talks.payload().deal().amount();
        if (!talks.provisional()
                || figure == null
                || talks.date() == null
                || later.date() == null
                || !later.date().isAfter(talks.date())) {
            return false;
        }
        Qualifier q = figure.qualifier() == null ? Qualifier.EXACT : figure.qualifier();
        if (q != Qualifier.MORE_THAN && q != Qualifier.AT_LEAST && q != Qualifier.ABOUT) {
            return false;
        }
        double[] t = usdRange(figure);
        double[] l = usdRange(later.payload().deal().amount());
        return t != null && l != null && l[0] >= t[0];
    }

    private static double[] usdRange(Amount a) {
        return a == null || a.usd() == null ? null : range(a, a.usd().doubleValue());
    }

    /**
     * A follow-on reported well after a mention that is none: the follow-on is a further deal. A restatement of a
     * follow-on ("in November we agreed to invest an additional $4 billion") is left to the nearest deal, and a
     * tranche ("an additional $2.75 billion, completing ...") is part of its deal. A report without a figure well
     * before a follow-on cannot be about it, even when the follow-on's report restates the deal it adds to.
     */
    private static boolean laterFollowOn(ClusterMention earlier, ClusterMention followOn) {
        if (!followOn.followOn()
                || followOn.partOf()
                || earlier.followOn()
                || earlier.date() == null
                || followOn.date() == null) {
            return false;
        }
        if (followOn.restates() && earlier.payload().deal().amount() != null) {
            return false;
        }
        return ChronoUnit.DAYS.between(earlier.date(), followOn.date()) > FOLLOW_ON_GAP_DAYS;
    }

    /**
     * Only agreeing figures widen the window: a report without a figure could be any deal of the two parties,
     * so it has to be close in time.
     */
    private static long window(LocalDate first, ClusterMention m, boolean amountsAgree) {
        if (!amountsAgree) {
            return DATE_WINDOW_DAYS;
        }
        boolean looksBack = first == null || m.date() == null || !m.date().isBefore(first);
        return m.restates() && looksBack ? RESTATEMENT_WINDOW_DAYS : AGREEING_AMOUNT_WINDOW_DAYS;
    }

    static boolean partiesCompatible(DealType type, ClusterMention a, ClusterMention b) {
        boolean same = sameCompany(a.payerChain(), b.payerChain()) && sameCompany(a.payeeChain(), b.payeeChain());
        boolean swapped = type == DealType.PARTNERSHIP
                && sameCompany(a.payerChain(), b.payeeChain())
                && sameCompany(a.payeeChain(), b.payerChain());
        return same || swapped;
    }

    /** The same party: both unnamed, the same company, or one a parent of the other (AWS and Amazon). */
    static boolean sameCompany(List<Long> a, List<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return b.contains(a.getFirst()) || a.contains(b.getFirst());
    }

    /** True when the figures can describe one deal (either missing counts as compatible). */
    static boolean amountsCompatible(Amount a, Amount b) {
        if (a == null || b == null) {
            return true;
        }
        // the stated figures first: one euro amount converted on two dates gives two dollar amounts
        if (a.value() != null && b.value() != null && Objects.equals(a.currency(), b.currency())) {
            return overlap(a, a.value(), b, b.value());
        }
        if (a.usd() != null && b.usd() != null) {
            return overlap(a, a.usd(), b, b.usd());
        }
        return true;
    }

    private static boolean overlap(Amount a, BigDecimal aValue, Amount b, BigDecimal bValue) {
        double[] x = range(a, aValue.doubleValue());
        double[] y = range(b, bValue.doubleValue());
        double slack = 1 + AMOUNT_TOLERANCE;
        return x[0] <= y[1] * slack && y[0] <= x[1] * slack;
    }

    /** The figures the amount allows, in its own scale (usd or value). */
    private static double[] range(Amount a, double headline) {
        Qualifier q = a.qualifier() == null ? Qualifier.EXACT : a.qualifier();
        return switch (q) {
            case ABOUT -> new double[] {headline * (1 - ABOUT_TOLERANCE), headline * (1 + ABOUT_TOLERANCE)};
            case MORE_THAN, AT_LEAST -> new double[] {headline, headline * OPEN_ENDED_FACTOR};
            case RANGE -> new double[] {scaled(a.min(), a, headline), headline};
            case EXACT, UP_TO -> new double[] {headline, headline};
        };
    }

    /** A range's lower end in the scale of the headline figure (usd when the headline is in usd). */
    private static double scaled(BigDecimal min, Amount a, double headline) {
        if (min == null || a.value() == null || a.value().signum() == 0) {
            return headline;
        }
        return headline * min.doubleValue() / a.value().doubleValue();
    }

    /** Days between the date and the span of reported dates (0 inside it or when either is unknown). */
    static long distance(LocalDate first, LocalDate last, LocalDate date) {
        if (date == null || first == null) {
            return 0;
        }
        if (date.isBefore(first)) {
            return ChronoUnit.DAYS.between(date, first);
        }
        if (last != null && date.isAfter(last)) {
            return ChronoUnit.DAYS.between(last, date);
        }
        return 0;
    }
}
