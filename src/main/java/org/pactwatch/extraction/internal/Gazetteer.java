package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.company.CompanyRegistry.Company;

/**
 * Longest-match lookup of registry names, aliases and product names over token sequences. Matching ignores
 * case except that a capitalized surface form must start with a capitalized token, so "meta" or "scale" in
 * running text do not become companies.
 */
final class Gazetteer {

    /** One entry: the registry row (a product row when {@code product}) and whether it must be capitalized. */
    /** {@code exact}: a ticker, which counts only when written in capitals ("MSFT", not "Msft"). */
    record Entry(Company company, boolean product, boolean capitalized, boolean exact) {}

    /** A match over tokens [start, end). */
    record Match(int start, int end, Entry entry) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Entry entry;
    }

    private final Node root = new Node();
    private final List<String> mappingRows = new ArrayList<>();

    Gazetteer(CompanyRegistry registry) {
        registry.surfaceForms().forEach((form, company) -> add(form, company, company.isProduct()));
        registry.companies().stream()
                .filter(c -> c.ticker() != null && c.ticker().matches("[A-Z]{3,5}"))
                .forEach(this::addTicker);
    }

    private void addTicker(Company company) {
        Node n = root.next.computeIfAbsent(company.ticker().toLowerCase(java.util.Locale.ROOT), x -> new Node());
        if (n.entry == null) {
            n.entry = new Entry(company, false, true, true);
        }
    }

    private void add(String form, Company company, boolean product) {
        String key = CompanyRegistry.key(form);
        if (key.isEmpty() || (key.length() < 2 && !product)) {
            return;
        }
        String[] words = key.split(" ");
        Node n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(w, x -> new Node());
        }
        if (n.entry == null || (n.entry.product() && !product)) {
            n.entry = new Entry(company, product, Character.isUpperCase(form.charAt(0)), false);
        }
        List<String> tokens = Arrays.asList(form.replaceAll("[,.]$", "").split("\\s+"));
        if (tokens.size() <= 4) {
            mappingRows.add(NlpPipeline.mappingRow(tokens, product ? "MISC" : "ORGANIZATION"));
        }
    }

    /** RegexNER rows that label registry names ORGANIZATION and products MISC. */
    List<String> mappingRows() {
        return mappingRows;
    }

    /** True when the word can start a registry name ("OpenAI is seeking to raise …" starts with one). */
    boolean startsName(String word) {
        return root.next.containsKey(CompanyRegistry.key(word));
    }

    /** True when any token of the sentence starts a registry name (the cheap candidate test). */
    boolean anyMatch(List<Tok> toks) {
        return !matches(toks).isEmpty();
    }

    List<Match> matches(List<Tok> toks) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Match best = null;
            Node n = root;
            int j = i;
            while (j < toks.size()) {
                String k = CompanyRegistry.key(toks.get(j).word());
                if (k.isEmpty()) {
                    if (j > i && toks.get(j).word().equals("-")) {
                        j++;
                        continue;
                    }
                    break;
                }
                boolean advanced = true;
                for (String part : k.split(" ")) {
                    n = n.next.get(part);
                    if (n == null) {
                        advanced = false;
                        break;
                    }
                }
                if (!advanced) {
                    break;
                }
                j++;
                if (n.entry != null
                        && (!n.entry.capitalized() || startsUpper(toks.get(i)))
                        && (!n.entry.exact() || allCaps(toks.get(i)))) {
                    best = new Match(i, j, n.entry);
                }
            }
            if (best != null) {
                best = new Match(best.start(), suffixEnd(toks, best.end()), best.entry());
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Extends a name over a following legal form: "SoftBank Group Corp.", "Amazon.com, Inc.". */
    private static int suffixEnd(List<Tok> toks, int end) {
        int e = end;
        while (e < toks.size()) {
            String w = toks.get(e).word();
            if (CompanyRegistry.isLegalSuffix(w) && Character.isUpperCase(w.charAt(0))) {
                e++;
            } else if (w.equals(",")
                    && e + 1 < toks.size()
                    && CompanyRegistry.isLegalSuffix(toks.get(e + 1).word())
                    && Character.isUpperCase(toks.get(e + 1).word().charAt(0))) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean allCaps(Tok t) {
        return t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean startsUpper(Tok t) {
        char c = t.word().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }
}
