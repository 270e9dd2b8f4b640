package org.pactwatch.extraction;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** An annotated gold set (data/gold, data/gold-real …): its jsonl lines plus the document texts they name. */
public final class GoldSet {

    public record GoldAmount(String currency, BigDecimal value, String qualifier) {}

    public record GoldDeal(
            String type,
            String status,
            String payer,
            String payee,
            GoldAmount amount,
            LocalDate date,
            boolean optional,
            boolean cumulative,
            boolean roundTotal,
            String note) {

        /** Optional, cumulative and round-total entries neither reward nor penalize. */
        public boolean neutral() {
            return optional || cumulative || roundTotal;
        }
    }

    public record GoldDoc(String id, String text, LocalDate published, String registrant, List<GoldDeal> deals) {

        /** The document as an extraction request. */
        public ExtractionRequest request() {
            return new ExtractionRequest(id, text, published, registrant);
        }
    }

    private GoldSet() {}

    /** The gold set in dir, with its texts beside it. */
    public static List<GoldDoc> load(Path dir) throws IOException {
        return load(dir, dir, null);
    }

    /**
     * The gold set in {@code dir}: {@code gold.jsonl} and every {@code parts/*.jsonl}, with the texts the lines
     * name read from {@code texts} (a cache outside git for sets of real articles, whose text is not committed).
     * With a {@code split} ("tune", "test"), only the documents of that split.
     */
    public static List<GoldDoc> load(Path dir, Path texts, String split) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.exists(dir.resolve("gold.jsonl"))) {
            files.add(dir.resolve("gold.jsonl"));
        }
        Path parts = dir.resolve("parts");
        if (Files.isDirectory(parts)) {
            try (Stream<Path> list = Files.list(parts)) {
                list.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no gold.jsonl or parts/*.jsonl in " + dir);
        }
        List<GoldDoc> docs = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = ExtractionJson.mapper().readTree(line);
                if (split == null || split.equals(str(d, "split"))) {
                    docs.add(doc(d, texts));
                }
            }
        }
        return docs;
    }

    private static GoldDoc doc(JsonNode d, Path texts) throws IOException {
        Path file = texts.resolve(d.get("file").asString());
        if (!Files.exists(file)) {
            throw new IOException("the text of " + str(d, "id") + " is missing: " + file
                    + " (see data/gold-real/README.md for how to fill the cache)");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<GoldDeal> deals = new ArrayList<>();
        for (JsonNode g : d.get("deals")) {
            JsonNode a = g.get("amount");
            GoldAmount amount = a == null || a.isNull()
                    ? null
                    : new GoldAmount(str(a, "currency"), a.get("value").decimalValue(), str(a, "qualifier"));
            deals.add(new GoldDeal(
                    str(g, "type"),
                    str(g, "status"),
                    str(g, "payer"),
                    str(g, "payee"),
                    amount,
                    date(str(g, "date")),
                    bool(g, "optional"),
                    bool(g, "cumulative"),
                    bool(g, "roundTotal"),
                    str(g, "note")));
        }
        return new GoldDoc(str(d, "id"), text, date(str(d, "published")), str(d, "registrant"), deals);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.asBoolean();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
