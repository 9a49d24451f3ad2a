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
 * A demo resource's document as a Word (DOCX) file of the three parts Office Open XML requires:
 * its title as a heading, then its paragraphs, in the resource's language. Readers open it in any
 * word processor; no font is embedded, so Chinese and Russian need none on the server.
 */
final class DemoDocument {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DemoDocument() {}

    static byte[] docx(String title, List<String> paragraphs, String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", document(title, paragraphs, language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String document(String title, List<String> paragraphs, String language) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("w", "document", W);
            xml.writeNamespace("w", W);
            xml.writeStartElement("w", "body", W);
            paragraph(xml, title, language, 32);
            for (String text : paragraphs) {
                paragraph(xml, text, language, 22);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A paragraph in one run; size in half-points, the language for spelling and East Asian layout. */
    private static void paragraph(XMLStreamWriter xml, String text, String language, int size)
            throws XMLStreamException {
        xml.writeStartElement("w", "p", W);
        xml.writeStartElement("w", "r", W);
        xml.writeStartElement("w", "rPr", W);
        if (size > 22) {
            xml.writeEmptyElement("w", "b", W);
        }
        xml.writeEmptyElement("w", "sz", W);
        xml.writeAttribute("w", W, "val", String.valueOf(size));
        xml.writeEmptyElement("w", "lang", W);
        xml.writeAttribute("w", W, "val", language);
        xml.writeAttribute("w", W, "eastAsia", language);
        xml.writeEndElement();
        xml.writeStartElement("w", "t", W);
        xml.writeAttribute("xml:space", "preserve");
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
