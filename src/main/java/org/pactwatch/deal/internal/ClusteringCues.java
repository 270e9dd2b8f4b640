package org.pactwatch.deal.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a mention's evidence says about its relation to earlier reports: that it restates an earlier deal, that its
 * figure is a follow-on deal or a tranche of a larger commitment, that its figure is still provisional (talks, a
 * round being raised), and which funding round it names. The phrases are data, in {@code clustering-cues.tsv}.
 */
final class ClusteringCues {

    static final String RESOURCE = "/org/pactwatch/deal/clustering-cues.tsv";
    private static final Pattern YEAR = Pattern.compile("\\b(19[89]\\d|20\\d\\d)\\b");
    private static final Pattern ROUND = Pattern.compile("\\bseries ([a-h])(?:[- ]?(\\d|extension))?\\b");
    private static final List<String> KINDS =
            List.of("RESTATES", "FOLLOW_ON", "FOLLOW_ON_AFTER", "PART_OF", "PROVISIONAL");
    private static final ClusteringCues DEFAULT = load();

    private final Pattern restates;
    private final Pattern followOnBefore;
    private final Pattern followOnAfter;
    private final Pattern partOf;
    private final Pattern provisional;

    private ClusteringCues(Map<String, List<String>> phrases) {
        this.restates = anyOf(phrases.get("RESTATES"), "", "");
        this.followOnBefore = anyOf(phrases.get("FOLLOW_ON"), "", "\\s*$");
        this.followOnAfter = anyOf(phrases.get("FOLLOW_ON_AFTER"), "^\\s*", "");
        this.partOf = anyOf(phrases.get("PART_OF"), "", "");
        this.provisional = anyOf(phrases.get("PROVISIONAL"), "", "");
    }

    /** The cues shipped with the application. */
    static ClusteringCues standard() {
        return DEFAULT;
    }

    /** True when the text reports a deal made before {@code publishedYear} or says it restates one. */
    boolean restates(String text, Integer publishedYear) {
        String t = lower(text);
        if (restates.matcher(t).find()) {
            return true;
        }
        if (publishedYear == null) {
            return false;
        }
        Matcher years = YEAR.matcher(t);
        while (years.find()) {
            if (Integer.parseInt(years.group(1)) < publishedYear) {
                return true;
            }
        }
        return false;
    }

    /** True when the text presents the figure {@code amountText} as a further deal of the same parties. */
    boolean followOn(String text, String amountText) {
        if (text == null || amountText == null || amountText.isBlank()) {
            return false;
        }
        String t = lower(text);
        String amount = lower(amountText);
        for (int at = t.indexOf(amount); at >= 0; at = t.indexOf(amount, at + 1)) {
            String before = t.substring(Math.max(0, at - 20), at);
            String after = t.substring(at + amount.length(), Math.min(t.length(), at + amount.length() + 10));
            if (followOnBefore.matcher(before).find()
                    || followOnAfter.matcher(after).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when the text presents its figure as a tranche of a larger commitment ("completing the up to ..."). */
    boolean partOf(String text) {
        return partOf.matcher(lower(text)).find();
    }

    /** True when the text reports a figure that is not settled yet: talks, a round being raised, a target. */
    boolean provisional(String text) {
        return provisional.matcher(lower(text)).find();
    }

    /** The funding round the text names ("series b"), or null. */
    static String round(String text) {
        Matcher m = ROUND.matcher(lower(text));
        return m.find() ? m.group(0) : null;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    /** Any of the phrases as whole words, between {@code prefix} and {@code suffix} (anchors). */
    private static Pattern anyOf(List<String> phrases, String prefix, String suffix) {
        if (phrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(prefix + "(?:"
                + phrases.stream().map(p -> "\\b" + Pattern.quote(p) + "\\b").collect(Collectors.joining("|"))
                + ")" + suffix);
    }

    private static ClusteringCues load() {
        Map<String, List<String>> phrases = new HashMap<>();
        for (String kind : KINDS) {
            phrases.put(kind, new ArrayList<>());
        }
        try (InputStream in = ClusteringCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\t");
                if (parts.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": expected kind<TAB>phrase, got \"" + line + "\"");
                }
                List<String> kind = phrases.get(parts[0]);
                if (kind == null) {
                    throw new IllegalStateException(RESOURCE + ": unknown cue kind " + parts[0]);
                }
                kind.add(parts[1].toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClusteringCues(phrases);
    }
}
