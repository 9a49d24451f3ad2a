package org.vocbridge.library.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.vocbridge.library.PackageOutline;
import org.vocbridge.shared.InvalidInputException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the manifest of an IMS Common Cartridge or SCORM package (already checked as a safe zip):
 * with DOCTYPEs, external entities and XInclude off, so a manifest can neither reach files or the
 * network nor expand into a billion laughs.
 */
final class PackageManifest {

    static final String FILE = "imsmanifest.xml";
    static final int MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
    static final int MAX_DEPTH = 8;

    private PackageManifest() {}

    static PackageOutline read(byte[] zip) {
        byte[] manifest = manifestBytes(zip);
        Element root;
        try {
            root = parser().parse(new ByteArrayInputStream(manifest)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw invalid();
        }
        if (!"manifest".equals(root.getLocalName())) {
            throw invalid();
        }
        Element metadata = child(root, "metadata");
        String schema = metadata == null ? null : text(child(metadata, "schema"));
        String version = metadata == null ? null : text(child(metadata, "schemaversion"));
        String standard = schema != null
                        && schema.toUpperCase(java.util.Locale.ROOT).contains("SCORM")
                ? "SCORM"
                : schema != null && schema.toLowerCase(java.util.Locale.ROOT).contains("common cartridge")
                        ? "IMS Common Cartridge"
                        : schema == null ? "IMS Content Packaging" : schema.strip();
        Element organizations = child(root, "organizations");
        Element organization = organizations == null ? null : child(organizations, "organization");
        List<PackageOutline.Item> items = organization == null ? List.of() : items(organization, MAX_DEPTH);
        String title = lomTitle(metadata);
        if (title == null && organization != null) {
            title = text(child(organization, "title"));
        }
        Element resources = child(root, "resources");
        int count = resources == null ? 0 : children(resources, "resource").size();
        return new PackageOutline(standard, version, title, items, count);
    }

    private static byte[] manifestBytes(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (FILE.equals(entry.getName())) {
                    byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
                    if (bytes.length > MAX_MANIFEST_BYTES) {
                        throw invalid();
                    }
                    return bytes;
                }
            }
        } catch (IOException e) {
            throw invalid();
        }
        throw invalid();
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<PackageOutline.Item> items(Element parent, int depth) {
        List<PackageOutline.Item> items = new ArrayList<>();
        for (Element item : children(parent, "item")) {
            String title = text(child(item, "title"));
            List<PackageOutline.Item> below = depth > 1 ? items(item, depth - 1) : List.of();
            if (title == null && !below.isEmpty()) {
                items.addAll(below); // an untitled root item only groups the others
            } else {
                items.add(new PackageOutline.Item(title == null ? "" : title, below));
            }
        }
        return items;
    }

    /** The LOM general title in IMS CC metadata (its first language string), if there is one. */
    private static String lomTitle(Element metadata) {
        if (metadata == null) {
            return null;
        }
        var lom = metadata.getElementsByTagNameNS("*", "general");
        if (lom.getLength() == 0) {
            return null;
        }
        Element title = child((Element) lom.item(0), "title");
        if (title == null) {
            return null;
        }
        Element string = child(title, "string");
        return text(string == null ? title : string);
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(
                List.of(new InvalidInputException.FieldProblem("file", "error.resource.manifest")));
    }
}
