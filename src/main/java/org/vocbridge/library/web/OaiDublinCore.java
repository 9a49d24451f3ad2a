package org.vocbridge.library.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vocbridge.library.ResourceSummary;
import org.vocbridge.shared.LocalizedText;

/** A library resource as a Dublin Core record ({@code oai_dc}), each multilingual text once per language. */
final class OaiDublinCore {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private OaiDublinCore() {}

    static void write(XMLStreamWriter xml, ResourceSummary r, String base) throws XMLStreamException {
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("xsi", OaiPmhController.XSI);
        xml.writeAttribute(
                OaiPmhController.XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        localized(xml, "title", r.title());
        for (ResourceSummary.Owner owner : r.owners()) {
            dc(xml, "creator", owner.name().in(Locale.ENGLISH), null);
        }
        for (String field : r.fields()) {
            dc(xml, "subject", "ISCED-F 2013: " + field, null);
        }
        for (String occupation : r.occupations()) {
            dc(xml, "subject", "ISCO-08: " + occupation, null);
        }
        localized(xml, "description", r.summary());
        if (r.publishedAt() != null) {
            dc(xml, "date", LocalDate.ofInstant(r.publishedAt(), ZoneOffset.UTC).toString(), null);
        }
        dc(xml, "type", r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), null);
        if (r.latest() != null) {
            dc(xml, "format", r.latest().mediaType(), null);
        }
        dc(xml, "identifier", pageUrl(base, r.id()), null);
        dc(xml, "language", r.language(), null);
        if (r.translationOf() != null) {
            dc(xml, "relation", pageUrl(base, r.translationOf()), null);
        }
        for (String country : r.countries()) {
            dc(xml, "coverage", country, null);
        }
        dc(xml, "rights", r.licenceUrl() != null ? r.licenceUrl() : "All rights reserved", null);
        xml.writeEndElement();
    }

    private static void localized(XMLStreamWriter xml, String element, LocalizedText text) throws XMLStreamException {
        for (Map.Entry<String, String> e : text.values().entrySet()) {
            dc(xml, element, e.getValue(), e.getKey());
        }
    }

    private static void dc(XMLStreamWriter xml, String element, String value, String lang) throws XMLStreamException {
        xml.writeStartElement("dc", element, DC);
        if (lang != null) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String pageUrl(String oaiBase, long id) {
        return oaiBase.substring(0, oaiBase.length() - "/oai".length()) + "/library/" + id;
    }
}
