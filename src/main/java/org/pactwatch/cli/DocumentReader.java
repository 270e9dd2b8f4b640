package org.pactwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Turns an input file into plain text: .html via jsoup (scripts dropped, blocks as paragraphs), .pdf via PDFBox. */
final class DocumentReader {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private DocumentReader() {}

    static String read(String name, InputStream stdin) throws IOException {
        byte[] bytes;
        if (name.equals("-")) {
            bytes = stdin.readNBytes((int) MAX_BYTES);
        } else {
            Path path = Path.of(name);
            if (Files.size(path) > MAX_BYTES) {
                throw new IOException("file larger than " + MAX_BYTES / 1024 / 1024 + " MB");
            }
            bytes = Files.readAllBytes(path);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf") || startsWith(bytes, "%PDF-")) {
            return pdfText(bytes);
        }
        String text = decode(bytes);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(text)) {
            return htmlText(text);
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean looksLikeHtml(String text) {
        String head =
                text.substring(0, Math.min(512, text.length())).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static String htmlText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, svg, iframe, head").remove();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && e.isBlock()
                        || node.nodeName().equals("br")) {
                    paragraph(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    paragraph(out);
                }
            }
        });
        return out.toString()
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static void paragraph(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append("\n\n");
        }
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd("\n\n");
            return stripper.getText(pdf);
        }
    }
}
