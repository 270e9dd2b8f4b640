package org.pactwatch.extraction;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The annotated dev set in data/gold: gold.jsonl plus the document texts it names. */
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

        public ExtractionRequest request() {
            return new ExtractionRequest(id, text, published, registrant);
        }
    }

    private GoldSet() {}

    public static List<GoldDoc> load(Path dir) throws IOException {
        List<GoldDoc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode d = ExtractionJson.mapper().readTree(line);
            String text = Files.readString(dir.resolve(d.get("file").asString()), StandardCharsets.UTF_8);
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
            docs.add(new GoldDoc(str(d, "id"), text, date(str(d, "published")), str(d, "registrant"), deals));
        }
        return docs;
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
