package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.internal.DealRules.Hit;

/** A deal's status from the words of its sentence (rules/status-cues.tsv): announced, completed, talks or denied. */
final class StatusCues {

    private final List<String[]> statusCues = new ArrayList<>();

    StatusCues(List<String[]> rows) {
        statusCues.addAll(rows);
    }

    /** The word sequences of the DENIED status cues, for the candidate filter. */
    List<String[]> denialCues() {
        return statusCues.stream()
                .filter(cue -> cue[1].equals(DealStatus.DENIED.name()))
                .map(cue -> cue[0].split(" "))
                .toList();
    }

    /** Whether the sentence holds a DENIED status cue ("denied", "not for sale"). */
    boolean denies(Sentence s) {
        String text = " " + String.join(" ", s.toks().stream().map(Tok::lower).toList()) + " ";
        return statusCues.stream()
                .anyMatch(cue -> statusOf(cue, s) == DealStatus.DENIED && text.contains(" " + cue[0] + " "));
    }

    DealStatus status(Sentence s, Hit h) {
        // the month "May" is no hedge
        String text = " "
                + String.join(
                        " ",
                        s.toks().stream()
                                .map(t -> t.word().equals("May") ? "may-month" : t.lower())
                                .toList())
                + " ";
        DealStatus best = null;
        for (String[] cue : statusCues) {
            if (text.contains(" " + cue[0] + " ")) {
                DealStatus st = statusOf(cue, s);
                if (best == null || rank(st) > rank(best)) {
                    best = st;
                }
            }
        }
        if (best == null && s.tok(h.start()).pos().equals("VBD")) {
            best = DealStatus.COMPLETED;
        }
        return best == null ? DealStatus.ANNOUNCED : best;
    }

    /** A target that rejects a bid is still in play: talks, not a denial that a deal exists. */
    private static DealStatus statusOf(String[] cue, Sentence s) {
        return cue[0].equals("rejected") && rejectsAnOffer(s) ? DealStatus.REPORTED_TALKS : DealStatus.valueOf(cue[1]);
    }

    private static boolean rejectsAnOffer(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.tok(i).lemmaIs("reject")) {
                for (int j = i + 1; j < Math.min(s.size(), i + 6); j++) {
                    if (s.tok(j).lemmaIs("bid", "offer", "approach", "proposal", "overture")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int rank(DealStatus s) {
        return switch (s) {
            case DENIED -> 4;
            case REPORTED_TALKS -> 3;
            case COMPLETED -> 2;
            case ANNOUNCED -> 1;
        };
    }
}
