package org.pactwatch.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small flowing layout on PDFBox: wrapped paragraphs, headings and tables that break across A4
 * pages. Uses only the standard 14 fonts, so nothing is embedded and the output is stable.
 * NOTE: characters outside WinAnsi are replaced (→ becomes "->"), since the standard fonts lack them.
 */
final class PdfLayout implements AutoCloseable {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

    static final Color INK = new Color(0x1f, 0x29, 0x37);
    static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    static final Color HEADER_FILL = new Color(0xe5, 0xe7, 0xeb);
    static final Color ACCENT = new Color(0x1d, 0x4e, 0xd8);

    static final float MARGIN = 48;
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 24; // room for the footer
    private static final float CELL_PADDING = 3;

    private static final Map<Character, String> REPLACEMENTS =
            Map.of('→', "->", '←', "<-", '≈', "~", '↔', "<->", '≥', ">=", '≤', "<=", '\u00a0', " ");

    private final PDDocument document;
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private final Map<PDType1Font, Map<Character, Float>> glyphWidths = new HashMap<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    PdfLayout(PDDocument document) {
        this.document = document;
    }

    PDDocument document() {
        return document;
    }

    PDPageContentStream content() {
        return content;
    }

    float y() {
        return y;
    }

    void moveDown(float amount) {
        y -= amount;
    }

    void newPage() {
        closeContent();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE_HEIGHT - MARGIN;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (content == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void heading(String text, float size) {
        ensure(size * 3);
        y -= size * 0.6f;
        paragraph(text, BOLD, size, INK);
        y -= size * 0.3f;
    }

    void paragraph(String text, PDType1Font font, float size, Color color) {
        paragraph(text, font, size, color, 0);
    }

    void paragraph(String text, PDType1Font font, float size, Color color, float indent) {
        float leading = size * 1.3f;
        for (String line : wrap(text, font, size, CONTENT_WIDTH - indent)) {
            ensure(leading);
            y -= leading;
            show(line, font, size, color, MARGIN + indent, y + size * 0.25f);
        }
    }

    void rule() {
        ensure(6);
        y -= 3;
        try {
            content.setStrokingColor(RULE);
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y);
            content.lineTo(PAGE_WIDTH - MARGIN, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 3;
    }

    /** A table with a shaded header row that repeats after a page break; cells wrap. */
    void table(float[] widths, String[] header, List<String[]> rows, float size) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = widths[i] / total * CONTENT_WIDTH;
        }
        float headerHeight = rowHeight(columns, header, BOLD, size);
        ensure(headerHeight + size * 3);
        row(columns, header, BOLD, size, headerHeight, true);
        for (String[] cells : rows) {
            float height = rowHeight(columns, cells, REGULAR, size);
            if (y - height < BOTTOM) {
                newPage();
                row(columns, header, BOLD, size, headerHeight, true);
            }
            row(columns, cells, REGULAR, size, height, false);
        }
        y -= size;
    }

    private float rowHeight(float[] columns, String[] cells, PDType1Font font, float size) {
        int lines = 1;
        for (int i = 0; i < columns.length; i++) {
            lines = Math.max(
                    lines,
                    wrap(cells[i], font, size, columns[i] - 2 * CELL_PADDING).size());
        }
        return lines * size * 1.25f + 2 * CELL_PADDING;
    }

    private void row(float[] columns, String[] cells, PDType1Font font, float size, float height, boolean header) {
        try {
            if (header) {
                content.setNonStrokingColor(HEADER_FILL);
                content.addRect(MARGIN, y - height, CONTENT_WIDTH, height);
                content.fill();
            }
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                float lineY = y - CELL_PADDING - size;
                for (String line : wrap(cells[i], font, size, columns[i] - 2 * CELL_PADDING)) {
                    show(line, font, size, INK, x + CELL_PADDING, lineY + size * 0.2f);
                    lineY -= size * 1.25f;
                }
                x += columns[i];
            }
            content.setStrokingColor(RULE);
            content.setLineWidth(0.4f);
            content.moveTo(MARGIN, y - height);
            content.lineTo(MARGIN + CONTENT_WIDTH, y - height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /** Draws one line of text at a position; the text must already fit. */
    void show(String text, PDType1Font font, float size, Color color, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            content.showText(clean(text, font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, PDType1Font font, float size) {
        String clean = clean(text, font);
        float units = 0;
        for (int k = 0; k < clean.length(); k++) {
            units += glyphWidth(clean.charAt(k), font);
        }
        return units / 1000f * size;
    }

    /** Per-glyph widths are cached: wrapping a long report measures the same glyphs millions of times. */
    private float glyphWidth(char c, PDType1Font font) {
        return glyphWidths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(c, ch -> {
            try {
                return font.getStringWidth(String.valueOf(ch));
            } catch (IOException | IllegalArgumentException e) {
                return 500f;
            }
        });
    }

    /** Greedy word wrap; words longer than a line (URLs, hashes) are split. */
    List<String> wrap(String text, PDType1Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        float scale = size / 1000f;
        float space = glyphWidth(' ', font) * scale;
        for (String paragraph : clean(text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                float wordWidth = 0;
                for (int k = 0; k < word.length(); k++) {
                    wordWidth += glyphWidth(word.charAt(k), font) * scale;
                }
                if (!line.isEmpty() && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lineWidth = 0;
                for (int k = 0; k < word.length(); k++) {
                    float w = glyphWidth(word.charAt(k), font) * scale;
                    if (lineWidth + w > maxWidth && !line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.append(word.charAt(k));
                    lineWidth += w;
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Replaces what the standard fonts cannot encode. */
    String clean(String text, PDType1Font font) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = REPLACEMENTS.get(c);
            if (replacement != null) {
                out.append(replacement);
            } else if (c == '\t' || c == '\r') {
                out.append(' ');
            } else if (c == '\n' || canEncode(c, font)) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    private boolean canEncode(char c, PDType1Font font) {
        return encodable.computeIfAbsent(c, ch -> {
            try {
                font.encode(String.valueOf(ch));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        closeContent();
    }
}
