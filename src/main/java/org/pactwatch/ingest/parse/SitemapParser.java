package org.pactwatch.ingest.parse;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads an XML sitemap: page URLs of a {@code urlset}, or nested sitemaps of a {@code sitemapindex}. */
public final class SitemapParser {

    public record Sitemap(boolean index, List<String> locations) {}

    private SitemapParser() {}

    public static Sitemap parse(byte[] bytes, Charset declared) throws ParseException {
        Document xml = SecureXml.parse(bytes, declared);
        Element root = xml.getDocumentElement();
        String name = localName(root);
        boolean index = name.equals("sitemapindex");
        if (!index && !name.equals("urlset")) {
            throw new ParseException("not a sitemap: root element is <" + name + ">");
        }
        List<String> locations = new ArrayList<>();
        NodeList entries = root.getChildNodes();
        for (int i = 0; i < entries.getLength(); i++) {
            Node entry = entries.item(i);
            if (entry instanceof Element element) {
                NodeList children = element.getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    Node child = children.item(j);
                    if (child instanceof Element loc && localName(loc).equals("loc")) {
                        String value = loc.getTextContent().strip();
                        if (!value.isEmpty()) {
                            locations.add(value);
                        }
                    }
                }
            }
        }
        return new Sitemap(index, locations);
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
