package org.vocbridge.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sitemap (sitemaps.org 0.9): an index at {@code /sitemap.xml} naming one file for the site's
 * main pages and, for each kind of public page the modules declare ({@link PublicPages}), files of at
 * most 50,000 addresses each. Every address names its versions in the interface languages.
 */
@Controller
@RequiredArgsConstructor
class Sitemap {

    static final int ADDRESSES_PER_FILE = 50_000;

    /** The home page, the lists the header leads to, and the pages the footer does. */
    static final List<String> MAIN_PAGES = List.of(
            "/",
            "/organizations",
            "/people",
            "/alliances",
            "/agreements",
            "/library",
            "/observatory",
            "/surveys",
            "/country-groups",
            "/about",
            "/contact",
            "/privacy");

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final List<PublicPages> kinds;
    private final PublicPageListing listing;
    private final PublicAddress address;

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException, XMLStreamException {
        XMLStreamWriter xml = start(response, "sitemapindex");
        sitemap(xml, "/sitemaps/main/1.xml");
        for (PublicPages kind : kinds) {
            long count = listing.count(kind);
            for (long number = 1; (number - 1) * ADDRESSES_PER_FILE < count; number++) {
                sitemap(xml, "/sitemaps/" + kind.section() + "/" + number + ".xml");
            }
        }
        end(xml);
    }

    @GetMapping("/sitemaps/{section}/{number:\\d+}.xml")
    void sitemap(@PathVariable String section, @PathVariable String number, HttpServletResponse response)
            throws IOException, XMLStreamException {
        int file = number.length() > 6 ? 0 : Integer.parseInt(number);
        if ("main".equals(section) && file == 1) {
            XMLStreamWriter xml = start(response, "urlset");
            for (String path : MAIN_PAGES) {
                url(xml, path, null);
            }
            end(xml);
            return;
        }
        PublicPages kind = kinds.stream()
                .filter(k -> k.section().equals(section))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<PublicPageListing.Listed> listed =
                file < 1 ? List.of() : listing.list(kind, (long) (file - 1) * ADDRESSES_PER_FILE, ADDRESSES_PER_FILE);
        if (listed.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        XMLStreamWriter xml = start(response, "urlset");
        for (PublicPageListing.Listed record : listed) {
            url(xml, kind.pathOf(record.key()), record.changed());
        }
        end(xml);
    }

    private static XMLStreamWriter start(HttpServletResponse response, String root)
            throws IOException, XMLStreamException {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(SITEMAPS);
        xml.writeStartElement(SITEMAPS, root);
        xml.writeDefaultNamespace(SITEMAPS);
        if (root.equals("urlset")) {
            xml.setPrefix("xhtml", XHTML);
            xml.writeNamespace("xhtml", XHTML);
        }
        return xml;
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void sitemap(XMLStreamWriter xml, String path) throws XMLStreamException {
        xml.writeStartElement(SITEMAPS, "sitemap");
        element(xml, "loc", address.of(path));
        xml.writeEndElement();
    }

    private void url(XMLStreamWriter xml, String path, Timestamp changed) throws XMLStreamException {
        xml.writeStartElement(SITEMAPS, "url");
        element(xml, "loc", address.of(path));
        if (changed != null) {
            element(
                    xml,
                    "lastmod",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(changed.toInstant().atOffset(ZoneOffset.UTC)));
        }
        for (var locale : LocaleConfig.UI_LOCALES) {
            xml.writeEmptyElement(XHTML, "link");
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("hreflang", locale.getLanguage());
            xml.writeAttribute("href", address.of(path + "?lang=" + locale.getLanguage()));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAPS, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
