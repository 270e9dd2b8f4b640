package org.pactwatch.ingest.parse;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Plain text of an HTML element with paragraphs and block elements on their own lines. */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "tr",
            "table",
            "blockquote",
            "pre",
            "section",
            "article",
            "ul",
            "ol",
            "dd",
            "dt",
            "header",
            "footer",
            "main",
            "hr",
            "center");

    private HtmlText() {}

    public static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            out.append(text.text());
                        } else if (node instanceof Element element) {
                            if (BLOCKS.contains(element.normalName())) {
                                out.append('\n');
                            } else if (element.normalName().equals("td")
                                    || element.normalName().equals("th")) {
                                out.append(' ');
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                            out.append('\n');
                        }
                    }
                },
                root);
        return tidy(out.toString());
    }

    /** Collapses runs of spaces, trims lines and keeps at most one blank line between paragraphs. */
    public static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        for (String line : text.replace('\u00a0', ' ').split("\n", -1)) {
            String trimmed = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (trimmed.isEmpty()) {
                newlines++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(newlines > 0 ? "\n\n" : "\n");
            }
            out.append(trimmed);
            newlines = 0;
        }
        return out.toString();
    }
}
