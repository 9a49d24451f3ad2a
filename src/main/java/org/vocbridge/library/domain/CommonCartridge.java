package org.vocbridge.library.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a small IMS Common Cartridge 1.3 package: a manifest with the title in one language, one
 * web page per unit, and the units as the organization's items. Used for the demo course package.
 */
final class CommonCartridge {

    static final String NS = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1";
    static final String LOM = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest";

    private CommonCartridge() {}

    static byte[] build(String identifier, String title, String language, List<String> units) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest(identifier, title, language, units).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < units.size(); i++) {
                zip.putNextEntry(new ZipEntry("unit" + (i + 1) + "/index.html"));
                zip.write(page(units.get(i), language).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String manifest(String identifier, String title, String language, List<String> units) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("manifest");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("lomimscc", LOM);
            xml.writeAttribute("identifier", identifier);
            xml.writeStartElement("metadata");
            element(xml, "schema", "IMS Common Cartridge");
            element(xml, "schemaversion", "1.3.0");
            xml.writeStartElement("lomimscc", "lom", LOM);
            xml.writeStartElement("lomimscc", "general", LOM);
            xml.writeStartElement("lomimscc", "title", LOM);
            xml.writeStartElement("lomimscc", "string", LOM);
            xml.writeAttribute("language", language);
            xml.writeCharacters(title);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("lomimscc", "language", LOM);
            xml.writeCharacters(language);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("organizations");
            xml.writeStartElement("organization");
            xml.writeAttribute("identifier", "organization");
            xml.writeAttribute("structure", "rooted-hierarchy");
            xml.writeStartElement("item");
            xml.writeAttribute("identifier", "root");
            for (int i = 1; i <= units.size(); i++) {
                xml.writeStartElement("item");
                xml.writeAttribute("identifier", "item" + i);
                xml.writeAttribute("identifierref", "unit" + i);
                element(xml, "title", units.get(i - 1));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("resources");
            for (int i = 1; i <= units.size(); i++) {
                xml.writeStartElement("resource");
                xml.writeAttribute("identifier", "unit" + i);
                xml.writeAttribute("type", "webcontent");
                xml.writeAttribute("href", "unit" + i + "/index.html");
                xml.writeEmptyElement("file");
                xml.writeAttribute("href", "unit" + i + "/index.html");
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String page(String title, String language) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>" + escaped
                + "</title></head><body><h1>" + escaped + "</h1></body></html>";
    }
}
