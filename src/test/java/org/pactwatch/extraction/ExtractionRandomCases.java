package org.pactwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pactwatch.RandomCases;
import org.pactwatch.extraction.ExtractedDeal.Evidence;

/**
 * Randomized properties of extraction on the one shared pipeline ({@link DealExtractors#shared()}): random and
 * mutated text never makes it throw or fail inside (a result's error is at most the binary-input rejection), and
 * every evidence span of a deal and of its terms is exactly {@code text.substring(begin, end)}. The fast and the full
 * tier run the same cases, the full tier more of them; see {@link RandomCases} to rerun one.
 */
abstract class ExtractionRandomCases {

    private static final long SEED = 0x5EED_0E47_12AC_7104L;
    private static final String BINARY = "input looks like binary data, not text";
    private static final RandomTexts TEXTS = RandomTexts.load();

    /** How many random and how many mutated texts this tier extracts. */
    abstract int cases();

    @Test
    void randomTextNeverBreaksExtractionAndEvidenceIsTheText() {
        RandomCases.run("random text", RandomCases.seed(SEED), RandomCases.count(cases()), (i, r) -> {
            String text = TEXTS.random(r);
            check(request("random-" + i, text, r));
        });
    }

    @Test
    void mutatedArticlesNeverBreakExtractionAndEvidenceIsTheText() {
        assertThat(TEXTS.articleCount()).isGreaterThan(50);
        RandomCases.run("mutated article", RandomCases.seed(SEED + 1), RandomCases.count(cases()), (i, r) -> {
            String text = TEXTS.mutated(r);
            check(request("mutated-" + i, text, r));
        });
    }

    private static ExtractionRequest request(String id, String text, Random r) {
        LocalDate published =
                r.nextInt(5) == 0 ? null : LocalDate.of(2015, 1, 1).plusDays(r.nextInt(5000));
        String registrant = r.nextInt(8) == 0 ? "Microsoft" : null;
        return new ExtractionRequest(id, text, published, registrant);
    }

    /** Fails with the case's text and, when it is long, the smallest part of it that fails the same way. */
    private static void check(ExtractionRequest request) {
        String failure = failure(request);
        if (failure == null) {
            return;
        }
        ExtractionRequest smallest = shrink(request, kind(failure));
        throw new AssertionError("%s%n  for the text %s%n  (smallest failing part, published %s, registrant %s: %s)"
                .formatted(
                        failure,
                        quoted(request.text()),
                        smallest.published(),
                        smallest.registrant(),
                        quoted(smallest.text())));
    }

    /** What is wrong with the extraction of this request, or null. */
    static String failure(ExtractionRequest request) {
        String text = request.text();
        ExtractionResult result;
        try {
            result = DealExtractors.shared().extract(request);
        } catch (RuntimeException | StackOverflowError e) {
            return "extract threw " + e;
        }
        if (result == null) {
            return "extract returned null";
        }
        if (result.error() != null && !result.error().equals(BINARY)) {
            return "error: " + result.error();
        }
        for (ExtractedDeal deal : result.deals()) {
            if (deal.evidence().isEmpty()) {
                return "a deal without evidence: " + deal;
            }
            List<Evidence> spans = new ArrayList<>(deal.evidence());
            deal.terms().stream()
                    .map(ExtractedDeal.Term::evidence)
                    .filter(e -> e != null)
                    .forEach(spans::add);
            for (Evidence e : spans) {
                if (e.begin() < 0 || e.begin() > e.end() || e.end() > text.length()) {
                    return "span outside the text: " + e;
                }
                if (!text.substring(e.begin(), e.end()).equals(e.text())) {
                    return "span " + e.begin() + "-" + e.end() + " is " + quoted(text.substring(e.begin(), e.end()))
                            + " in the text but " + quoted(e.text()) + " in the evidence";
                }
            }
        }
        return null;
    }

    /** A failure without its numbers and quotes, so that shrinking keeps to the same failure. */
    private static String kind(String failure) {
        return failure.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"…\"").replaceAll("\\d+", "#");
    }

    /** Deletes ever smaller chunks of the text while the extraction still fails the same way (at most 1,000 runs). */
    static ExtractionRequest shrink(ExtractionRequest request, String kind) {
        String text = request.text();
        int runs = 0;
        for (int chunk = Math.max(1, text.length() / 2); chunk >= 1 && runs < 1000; chunk /= 2) {
            int i = 0;
            while (i < text.length() && runs < 1000) {
                String candidate = text.substring(0, i) + text.substring(Math.min(text.length(), i + chunk));
                runs++;
                String failure = failure(
                        new ExtractionRequest(request.id(), candidate, request.published(), request.registrant()));
                if (failure != null && kind(failure).equals(kind)) {
                    text = candidate;
                } else {
                    i += chunk;
                }
            }
        }
        return new ExtractionRequest(request.id(), text, request.published(), request.registrant());
    }

    /** The text as a Java literal, so a failing case can be pasted into a test. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c > 0x7E) {
                out.append("\\u%04X".formatted(c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }
}
