package org.pactwatch.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.Evidence;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.pactwatch.extraction.ExtractedDeal.Term;
import org.pactwatch.extraction.ExtractedDeal.Tranche;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes an {@link ExtractionResult} in the exact JSON shape of the {@code extract} contract. */
public final class ExtractionJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ExtractionJson() {}

    /** The JSON mapper the extract contract's output is written with. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** One document's result in the shape of the extract contract. */
    public static ObjectNode toJson(ExtractionResult r) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("id", r.id());
        putString(doc, "published", r.published() == null ? null : r.published().toString());
        putString(doc, "error", r.error());
        ArrayNode companies = doc.putArray("companies");
        r.companies().forEach(c -> companies.addObject().put("name", c.name()).put("mentions", c.mentions()));
        ArrayNode deals = doc.putArray("deals");
        r.deals().forEach(d -> deals.add(deal(d)));
        return doc;
    }

    /** One deal in the shape of the extract contract. */
    public static ObjectNode deal(ExtractedDeal d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", d.type().name());
        o.put("status", d.status().name());
        o.set("payer", party(d.payer()));
        o.set("payee", party(d.payee()));
        o.set("amount", amount(d.amount()));
        if (d.termMonths() == null) {
            o.putNull("termMonths");
        } else {
            o.put("termMonths", d.termMonths());
        }
        putString(o, "date", d.date() == null ? null : d.date().toString());
        o.put("confidence", d.confidence());
        ArrayNode evidence = o.putArray("evidence");
        d.evidence().forEach(e -> evidence.add(evidence(e)));
        ArrayNode terms = o.putArray("terms");
        for (Term t : d.terms()) {
            ObjectNode term = terms.addObject();
            term.put("kind", t.kind().name());
            term.put("value", t.value());
            term.set("evidence", evidence(t.evidence()));
        }
        o.put("cumulative", d.cumulative());
        ArrayNode tranches = o.putArray("tranches");
        for (Tranche t : d.tranches()) {
            ObjectNode tranche = tranches.addObject();
            tranche.set("amount", amount(t.amount()));
            putString(tranche, "date", t.date() == null ? null : t.date().toString());
            putString(tranche, "status", t.status() == null ? null : t.status().name());
        }
        return o;
    }

    private static ObjectNode party(Party p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", p.name());
        o.put("mention", p.mention());
        putString(o, "parent", p.parent());
        return o;
    }

    private static ObjectNode amount(Amount a) {
        if (a == null) {
            return null;
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", a.text());
        o.put("currency", a.currency());
        putNumber(o, "value", a.value());
        putNumber(o, "min", a.min());
        putNumber(o, "max", a.max());
        o.put("qualifier", a.qualifier().name());
        putNumber(o, "usd", a.usd());
        return o;
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", e.text());
        o.put("begin", e.begin());
        o.put("end", e.end());
        return o;
    }

    private static void putString(ObjectNode o, String key, String value) {
        if (value == null) {
            o.putNull(key);
        } else {
            o.put(key, value);
        }
    }

    /** Whole numbers as integers (4000000000, not 4E+9); fractions rounded to cents. */
    private static void putNumber(ObjectNode o, String key, BigDecimal v) {
        if (v == null) {
            o.putNull(key);
            return;
        }
        BigDecimal n = v.stripTrailingZeros();
        if (n.scale() <= 0) {
            o.put(key, n.toBigIntegerExact());
        } else {
            o.put(key, v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
        }
    }
}
