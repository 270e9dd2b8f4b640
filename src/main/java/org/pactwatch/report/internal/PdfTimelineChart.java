package org.pactwatch.report.internal;

import static org.pactwatch.report.internal.PdfLayout.INK;
import static org.pactwatch.report.internal.PdfLayout.MARGIN;
import static org.pactwatch.report.internal.PdfLayout.MUTED;
import static org.pactwatch.report.internal.PdfLayout.REGULAR;
import static org.pactwatch.report.internal.PdfLayout.RULE;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.pactwatch.report.TieUpSummary;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.Relationship;

/**
 * The timeline chart, drawn as PDF vector graphics: a lane per relationship, a dot per deal at its
 * date, coloured by deal type and sized by the square root of its USD amount.
 */
final class PdfTimelineChart {

    static final int MAX_LANES = 28;
    private static final float LANE = 17;
    private static final float LABEL_WIDTH = 130;
    private static final float MAX_RADIUS = 7.5f;
    private static final float MIN_RADIUS = 2.5f;
    private static final Map<String, Color> COLORS = Map.of(
            "INVESTMENT", new Color(0x25, 0x63, 0xeb),
            "CLOUD_COMMITMENT", new Color(0xea, 0x58, 0x0c),
            "SUPPLY", new Color(0x16, 0xa3, 0x4a),
            "ACQUISITION", new Color(0x93, 0x33, 0xea),
            "PARTNERSHIP", new Color(0x64, 0x74, 0x8b));
    private static final List<String> LEGEND_ORDER =
            List.of("INVESTMENT", "CLOUD_COMMITMENT", "SUPPLY", "ACQUISITION", "PARTNERSHIP");

    private final PdfLayout layout;

    PdfTimelineChart(PdfLayout layout) {
        this.layout = layout;
    }

    void draw(TieUpSummary summary) {
        List<Relationship> lanes =
                summary.relationships().stream().limit(MAX_LANES).toList();
        List<LocalDate> dates = lanes.stream()
                .flatMap(r -> PdfRenderer.dealsOf(r).stream())
                .map(Deal::date)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        if (dates.isEmpty()) {
            return;
        }
        float height = lanes.size() * LANE + 70;
        layout.ensure(height + 40);
        layout.heading("Timeline", 16);
        if (summary.relationships().size() > MAX_LANES) {
            layout.paragraph(
                    "The first " + MAX_LANES + " of " + summary.relationships().size()
                            + " relationships are drawn; every relationship has its own section below.",
                    REGULAR,
                    8,
                    MUTED);
        }
        int firstYear = dates.getFirst().getYear();
        int lastYear = dates.getLast().getYear() + 1;
        long start = LocalDate.of(firstYear, 1, 1).toEpochDay();
        long end = LocalDate.of(lastYear, 1, 1).toEpochDay();
        float x0 = MARGIN + LABEL_WIDTH;
        float x1 = PdfLayout.PAGE_WIDTH - MARGIN - MAX_RADIUS;
        float top = layout.y() - 8;
        float bottom = top - lanes.size() * LANE;
        BigDecimal maxUsd = lanes.stream()
                .flatMap(r -> PdfRenderer.dealsOf(r).stream())
                .map(d -> d.amount() == null ? null : d.amount().usd())
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        try {
            PDPageContentStream g = layout.content();
            int step = Math.max(1, (lastYear - firstYear) / 10);
            for (int year = firstYear; year <= lastYear; year += step) {
                float x = x(LocalDate.of(year, 1, 1).toEpochDay(), start, end, x0, x1);
                g.setStrokingColor(RULE);
                g.setLineWidth(0.4f);
                g.moveTo(x, top);
                g.lineTo(x, bottom);
                g.stroke();
                String label = String.valueOf(year);
                layout.show(label, REGULAR, 7, MUTED, x - layout.width(label, REGULAR, 7) / 2, bottom - 10);
            }
            for (int i = 0; i < lanes.size(); i++) {
                Relationship r = lanes.get(i);
                float laneY = top - i * LANE - LANE / 2;
                g.setStrokingColor(RULE);
                g.setLineWidth(0.3f);
                g.moveTo(x0, laneY);
                g.lineTo(x1, laneY);
                g.stroke();
                layout.show(truncate(r.key(), LABEL_WIDTH - 6), REGULAR, 7.5f, INK, MARGIN, laneY - 2.5f);
                // largest first, so that small deals on the same day stay visible on top
                List<Deal> dated = PdfRenderer.dealsOf(r).stream()
                        .filter(d -> d.date() != null)
                        .sorted(java.util.Comparator.comparingDouble((Deal d) -> -radius(d, maxUsd))
                                .thenComparingLong(Deal::id))
                        .toList();
                for (Deal d : dated) {
                    float cx = x(d.date().toEpochDay(), start, end, x0, x1);
                    float radius = radius(d, maxUsd);
                    Color color = COLORS.getOrDefault(d.type(), MUTED);
                    circle(g, cx, laneY, radius);
                    if (d.unreviewed()) {
                        g.setStrokingColor(color);
                        g.setLineWidth(1f);
                        g.stroke();
                    } else {
                        g.setNonStrokingColor(color);
                        g.fill();
                    }
                }
            }
            float legendY = bottom - 26;
            float x = x0;
            for (String type : LEGEND_ORDER) {
                circle(g, x + 3, legendY + 2.5f, 3);
                g.setNonStrokingColor(COLORS.get(type));
                g.fill();
                String label = Formats.humanType(type);
                layout.show(label, REGULAR, 7, INK, x + 9, legendY);
                x += 18 + layout.width(label, REGULAR, 7);
            }
            layout.show("Filled: reviewed · ring: unreviewed · area ~ USD amount", REGULAR, 7, MUTED, x0, legendY - 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        layout.moveDown(top - bottom + 58);
    }

    private static float radius(Deal deal, BigDecimal maxUsd) {
        BigDecimal usd = deal.amount() == null ? null : deal.amount().usd();
        if (usd == null || maxUsd.signum() == 0) {
            return MIN_RADIUS;
        }
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * (float) Math.sqrt(usd.doubleValue() / maxUsd.doubleValue());
    }

    private static float x(long day, long start, long end, float x0, float x1) {
        return x0 + (float) (day - start) / (float) (end - start) * (x1 - x0);
    }

    private String truncate(String text, float width) {
        if (layout.width(text, REGULAR, 7.5f) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && layout.width(cut + "…", REGULAR, 7.5f) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** A circle from four Bézier arcs (PDF has no circle operator). */
    private static void circle(PDPageContentStream g, float cx, float cy, float r) throws IOException {
        float k = 0.5522848f * r;
        g.moveTo(cx + r, cy);
        g.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        g.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        g.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        g.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        g.closePath();
    }
}
