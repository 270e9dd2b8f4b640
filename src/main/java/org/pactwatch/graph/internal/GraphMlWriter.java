package org.pactwatch.graph.internal;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.pactwatch.graph.CompanyGraph;

/** Writes a company graph as GraphML (readable by Gephi, yEd, Cytoscape) with the JDK's XML writer. */
public final class GraphMlWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {}

    public static String write(CompanyGraph graph) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "name", "node", "string");
            key(xml, "kind", "node", "string");
            key(xml, "volume_usd", "node", "double");
            key(xml, "deals", "node", "int");
            key(xml, "x", "node", "double");
            key(xml, "y", "node", "double");
            key(xml, "type", "edge", "string");
            key(xml, "usd", "edge", "double");
            key(xml, "edge_deals", "edge", "int");
            key(xml, "first_date", "edge", "string");
            key(xml, "last_date", "edge", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "pactwatch");
            xml.writeAttribute("edgedefault", "directed");
            for (CompanyGraph.Node node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", "c" + node.id());
                data(xml, "name", node.name());
                data(xml, "kind", node.kind());
                data(xml, "volume_usd", String.valueOf(node.volumeUsd()));
                data(xml, "deals", String.valueOf(node.deals()));
                data(xml, "x", String.valueOf(node.x()));
                data(xml, "y", String.valueOf(node.y()));
                xml.writeEndElement();
            }
            int index = 0;
            for (CompanyGraph.Edge edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + index++);
                xml.writeAttribute("source", "c" + edge.source());
                xml.writeAttribute("target", "c" + edge.target());
                data(xml, "type", edge.type());
                data(xml, "usd", String.valueOf(edge.usd()));
                data(xml, "edge_deals", String.valueOf(edge.deals()));
                data(xml, "first_date", edge.first() == null ? "" : edge.first().toString());
                data(xml, "last_date", edge.last() == null ? "" : edge.last().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write GraphML", e);
        }
        return out.toString();
    }

    private static void key(XMLStreamWriter xml, String id, String target, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", target);
        xml.writeAttribute("attr.name", id);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
