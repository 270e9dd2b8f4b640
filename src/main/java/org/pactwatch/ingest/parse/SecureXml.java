package org.pactwatch.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.pactwatch.ingest.fetch.TextDecoder;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses untrusted XML (feeds, sitemaps) with DOCTYPEs, external entities and XInclude disabled, so XXE and
 * entity-expansion payloads are refused instead of resolved. Bytes whose declared encoding is wrong are
 * re-read through {@link TextDecoder}.
 */
public final class SecureXml {

    private static final DocumentBuilderFactory FACTORY = createFactory();

    private SecureXml() {}

    public static Document parse(byte[] bytes, Charset declared) throws ParseException {
        InputSource source = new InputSource(new ByteArrayInputStream(bytes));
        if (declared != null) {
            source.setEncoding(declared.name());
        }
        try {
            return builder().parse(source);
        } catch (SAXException | IOException e) {
            if (!isEncodingProblem(e)) {
                throw new ParseException("malformed XML: " + message(e), e);
            }
        }
        String text = TextDecoder.decode(bytes, null).replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
        try {
            return builder().parse(new InputSource(new StringReader(text)));
        } catch (SAXException | IOException e) {
            throw new ParseException("malformed XML: " + message(e), e);
        }
    }

    private static boolean isEncodingProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException || t instanceof MalformedInputException) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("UTF-8 sequence")) {
                return true;
            }
        }
        return false;
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        if (m != null && m.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed (possible XXE)";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static DocumentBuilder builder() throws ParseException {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new ParseException("XML parser unavailable", e);
        }
    }

    private static DocumentBuilderFactory createFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("cannot secure the XML parser", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory;
    }
}
