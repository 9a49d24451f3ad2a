package org.vocbridge.library.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The words of an uploaded document, for search: a PDF's text (its first pages), a DOCX's or an ODT's
 * paragraphs. Files are read as data only (no DTDs, no external entities); what cannot be read gives
 * no text rather than an error, since the file itself was already checked.
 */
final class DocumentText {

    static final int MAX_CHARS = 200_000;
    static final int MAX_PDF_PAGES = 300;
    static final int MAX_XML_BYTES = 20 * 1024 * 1024;

    private DocumentText() {}

    static String of(byte[] content, String mediaType) {
        try {
            String text =
                    switch (mediaType) {
                        case "application/pdf" -> pdf(content);
                        case ResourceFiles.DOCX -> xmlEntry(content, "word/document.xml", "p");
                        case ResourceFiles.ODT -> xmlEntry(content, "content.xml", "p", "h");
                        default -> "";
                    };
            text = text.replaceAll("[ \\t\\x0B\\f]+", " ")
                    .replaceAll("\\s*\\n\\s*", "\n")
                    .strip();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return "";
        }
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PDF_PAGES);
            return stripper.getText(document);
        }
    }

    /** The text of one XML entry of a zip document, a line per paragraph element (by local name). */
    private static String xmlEntry(byte[] zip, String entryName, String... paragraphs)
            throws IOException, XMLStreamException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals(entryName)) {
                    return text(new ByteArrayInputStream(in.readNBytes(MAX_XML_BYTES)), paragraphs);
                }
            }
        }
        return "";
    }

    private static String text(InputStream xml, String... paragraphs) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml);
        StringBuilder text = new StringBuilder();
        while (reader.hasNext() && text.length() < MAX_CHARS) {
            int event = reader.next();
            if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamReader.END_ELEMENT
                    && java.util.Arrays.asList(paragraphs).contains(reader.getLocalName())) {
                text.append('\n');
            }
        }
        reader.close();
        return text.toString();
    }
}
