package org.pactwatch.company;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated company registry as plain Java: canonical names, aliases, parent links and product names.
 * Lookups ignore case, punctuation and legal suffixes ("Anthropic PBC", "Amazon.com, Inc."). Immutable and
 * thread-safe once loaded.
 */
public final class CompanyRegistry {

    /** Classpath location of the shipped registry (data/companies.csv in the repository). */
    public static final String DEFAULT_RESOURCE = "/pactwatch-data/companies.csv";

    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "co",
            "company",
            "ltd",
            "limited",
            "llc",
            "plc",
            "sa",
            "ag",
            "se",
            "nv",
            "bv",
            "gmbh",
            "lp",
            "llp",
            "kk",
            "spa",
            "ab",
            "asa",
            "oyj",
            "pte",
            "pty",
            "sarl",
            "sas",
            "pbc",
            "holdings",
            "group");
    private static final Pattern DROPPED = Pattern.compile("[.'’`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}&]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** One row of the registry. {@code parent} is the canonical name of the direct parent or null. */
    public record Company(
            String name,
            String kind,
            List<String> aliases,
            String parent,
            String ticker,
            String cik,
            String wikidata,
            List<String> products,
            String country) {

        /** Whether the entry is a product rather than a company. */
        public boolean isProduct() {
            return kind != null && kind.toLowerCase(Locale.ROOT).startsWith("product");
        }
    }

    private final Map<String, Company> byName;
    private final Map<String, Company> byKey;
    private final Map<String, Company> productMakers;

    private CompanyRegistry(List<Company> companies) {
        this.byName = new LinkedHashMap<>();
        companies.forEach(c -> byName.putIfAbsent(c.name(), c));
        this.byKey = new LinkedHashMap<>();
        this.productMakers = new LinkedHashMap<>();
        // canonical names win over aliases, so index them first
        for (Company c : byName.values()) {
            byKey.putIfAbsent(key(c.name()), c);
        }
        for (Company c : byName.values()) {
            c.aliases().forEach(a -> byKey.putIfAbsent(key(a), c));
        }
        for (Company c : byName.values()) {
            if (c.isProduct() && c.parent() != null && byName.containsKey(c.parent())) {
                productMakers.putIfAbsent(key(c.name()), byName.get(c.parent()));
                c.aliases().forEach(a -> productMakers.putIfAbsent(key(a), byName.get(c.parent())));
            }
            for (String product : c.products()) {
                productMakers.putIfAbsent(key(product), c);
            }
        }
        productMakers
                .keySet()
                .removeIf(k -> byKey.containsKey(k) && !byKey.get(k).isProduct());
    }

    /** The registry shipped on the classpath. */
    public static CompanyRegistry loadDefault() {
        try (InputStream in = CompanyRegistry.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("company registry " + DEFAULT_RESOURCE + " is not on the classpath");
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads CSV with the header name,kind,aliases,parent,ticker,cik,wikidata,products,country. */
    public static CompanyRegistry load(Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<Company> companies = new ArrayList<>();
        for (CSVRecord row : format.parse(csv)) {
            String name = field(row, "name");
            if (name == null) {
                continue;
            }
            companies.add(new Company(
                    name,
                    field(row, "kind"),
                    list(field(row, "aliases")),
                    field(row, "parent"),
                    field(row, "ticker"),
                    field(row, "cik"),
                    field(row, "wikidata"),
                    list(field(row, "products")),
                    field(row, "country")));
        }
        return new CompanyRegistry(companies);
    }

    /** A registry of the given companies (the first of a repeated name wins). */
    public static CompanyRegistry of(List<Company> companies) {
        return new CompanyRegistry(companies);
    }

    /** True for a legal-form word that may follow a company name: Inc., Corp, plc, Group, N.V. … */
    public static boolean isLegalSuffix(String word) {
        String k = key(word).replace(" ", "");
        return LEGAL_SUFFIXES.contains(k);
    }

    /** The company a name or alias denotes; products are not companies and resolve to empty. */
    public Optional<Company> lookup(String mention) {
        if (mention == null) {
            return Optional.empty();
        }
        Company c = byKey.get(key(mention));
        return c == null || c.isProduct() ? Optional.empty() : Optional.of(c);
    }

    /** The company with exactly this canonical name. */
    public Optional<Company> byCanonicalName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** True when the words name a product (Claude, ChatGPT, Trainium …), which is never a deal party. */
    public boolean isProduct(String mention) {
        String k = key(mention);
        Company c = byKey.get(k);
        return productMakers.containsKey(k) || (c != null && c.isProduct());
    }

    /** The maker of a product named by {@code mention}. */
    public Optional<Company> productMaker(String mention) {
        String k = key(mention);
        Company maker = productMakers.get(k);
        if (maker == null) {
            Company c = byKey.get(k);
            if (c != null && c.isProduct() && c.parent() != null) {
                maker = byName.get(c.parent());
            }
        }
        return Optional.ofNullable(maker);
    }

    /** The top of the parent chain, or empty when the company has no parent. */
    public Optional<Company> ultimateParent(String canonicalName) {
        Company c = byName.get(canonicalName);
        if (c == null || c.parent() == null || c.isProduct()) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        Company top = c;
        while (top.parent() != null && byName.containsKey(top.parent()) && seen.add(top.name())) {
            top = byName.get(top.parent());
        }
        return top == c ? Optional.empty() : Optional.of(top);
    }

    /** The kind column of a canonical company, e.g. "lab", "bigtech", "investor", "product". */
    public Optional<String> kind(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName)).map(Company::kind);
    }

    /** Every company of the registry. */
    public Collection<Company> companies() {
        return byName.values();
    }

    /** Every surface form (name, alias, product) with the company or product row it denotes. */
    public Map<String, Company> surfaceForms() {
        Map<String, Company> forms = new LinkedHashMap<>();
        for (Company c : byName.values()) {
            forms.putIfAbsent(c.name(), c);
            c.aliases().forEach(a -> forms.putIfAbsent(a, c));
        }
        for (Company c : byName.values()) {
            for (String p : c.products()) {
                forms.putIfAbsent(p, productRow(p, c));
            }
        }
        return forms;
    }

    private static Company productRow(String product, Company maker) {
        return new Company(product, "product", List.of(), maker.name(), null, null, null, List.of(), null);
    }

    /**
     * The comparison key of a name: lower case, accents, dots and apostrophes dropped, other punctuation as
     * spaces, a leading "the" and trailing legal suffixes (Inc., Corp., plc, S.A., AG …) removed.
     */
    public static String key(String name) {
        String s =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("&amp;", "&");
        s = DROPPED.matcher(s).replaceAll("");
        List<String> words = new ArrayList<>(
                Arrays.asList(SEPARATORS.matcher(s).replaceAll(" ").strip().split(" ")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.getLast())) {
            words.removeLast();
        }
        return String.join(" ", words);
    }

    private static String field(CSVRecord row, String name) {
        if (!row.isMapped(name) || !row.isSet(name)) {
            return null;
        }
        String v = row.get(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
