package org.vocbridge.library.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.domain.LibraryHarvest;
import org.vocbridge.shared.web.PublicAddress;

/**
 * OAI-PMH 2.0 over the published public library: all six verbs, {@code oai_dc} records, sets by
 * kind of resource, resumption tokens of 100 records, and the protocol's error codes. Deleted
 * records are not tracked ({@code deletedRecord} is {@code no}): a resource withdrawn from the
 * public simply stops being listed.
 */
@RestController
class OaiPmhController {

    static final int PAGE = 100;
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final Map<String, Set<String>> ARGUMENTS = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "GetRecord", Set.of("identifier", "metadataPrefix"),
            "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
            "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

    private final LibraryHarvest harvest;
    private final String repositoryIdentifier;
    private final String adminEmail;
    private final String repositoryName;
    private final PublicAddress address;

    OaiPmhController(
            LibraryHarvest harvest,
            @Value("${vocbridge.oai.repository-identifier:vocbridge.org}") String repositoryIdentifier,
            @Value("${vocbridge.oai.admin-email:library@vocbridge.org}") String adminEmail,
            @Value("${vocbridge.oai.repository-name:VocBridge TVET resource library}") String repositoryName,
            PublicAddress address) {
        this.address = address;
        this.harvest = harvest;
        this.repositoryIdentifier = repositoryIdentifier;
        this.adminEmail = adminEmail;
        this.repositoryName = repositoryName;
    }

    /** A protocol error: its code and a message for people. */
    private static final class OaiError extends RuntimeException {
        final String code;

        OaiError(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** What a ListIdentifiers/ListRecords request asks for, also carried in its resumption tokens. */
    private record Selection(String prefix, String from, String until, String set, long after) {

        String token() {
            String raw = String.join("\n", prefix, orEmpty(from), orEmpty(until), orEmpty(set), Long.toString(after));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Selection of(String token) {
            try {
                String[] parts =
                        new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
                if (parts.length != 5) {
                    throw new IllegalArgumentException();
                }
                return new Selection(
                        parts[0],
                        emptyToNull(parts[1]),
                        emptyToNull(parts[2]),
                        emptyToNull(parts[3]),
                        Long.parseLong(parts[4]));
            } catch (IllegalArgumentException e) {
                throw new OaiError("badResumptionToken", "The resumption token is not one this repository issued.");
            }
        }
    }

    @RequestMapping(
            path = "/oai",
            method = {RequestMethod.GET, RequestMethod.POST},
            produces = MediaType.TEXT_XML_VALUE)
    @Operation(
            summary = "OAI-PMH 2.0 endpoint",
            description = "Harvest the published public resources as Dublin Core: verb=Identify, "
                    + "ListMetadataFormats, ListSets, GetRecord, ListIdentifiers or ListRecords, with "
                    + "metadataPrefix=oai_dc. Errors are OAI-PMH error elements.")
    ResponseEntity<String> oai(HttpServletRequest request) {
        Map<String, String[]> params = request.getParameterMap();
        String base = baseUrl(request);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("OAI-PMH");
            xml.writeDefaultNamespace(OAI);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            text(xml, "responseDate", SECONDS.format(Instant.now()));
            String verb = single(params, "verb");
            // answer into a buffer first: whether the request is echoed depends on how it ends
            StringWriter body = new StringWriter();
            OaiError error = null;
            try {
                if (verb == null || !ARGUMENTS.containsKey(verb)) {
                    throw new OaiError("badVerb", "The verb is missing, repeated or not an OAI-PMH verb.");
                }
                if (!argumentsValid(params, verb)) {
                    throw new OaiError(
                            "badArgument", "An argument is missing, repeated or not allowed with " + verb + ".");
                }
                XMLStreamWriter inner = XMLOutputFactory.newFactory().createXMLStreamWriter(body);
                switch (verb) {
                    case "Identify" -> identify(inner, base);
                    case "ListMetadataFormats" -> listMetadataFormats(inner, params);
                    case "ListSets" -> listSets(inner, params);
                    case "GetRecord" -> getRecord(inner, params, base);
                    default -> list(inner, params, base, verb.equals("ListRecords"));
                }
                inner.flush();
            } catch (OaiError e) {
                error = e;
            }
            xml.writeStartElement("request");
            if (error == null || !Set.of("badVerb", "badArgument").contains(error.code)) {
                // the request's arguments are echoed only when verb and arguments were valid
                for (Map.Entry<String, String[]> p : params.entrySet()) {
                    xml.writeAttribute(p.getKey(), p.getValue()[0]);
                }
            }
            xml.writeCharacters(base);
            xml.writeEndElement();
            if (error == null) {
                xml.writeCharacters("");
                xml.flush();
                out.write(body.toString());
            } else {
                xml.writeStartElement("error");
                xml.writeAttribute("code", error.code);
                xml.writeCharacters(error.getMessage());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "xml", StandardCharsets.UTF_8))
                .body(out.toString());
    }

    private static boolean argumentsValid(Map<String, String[]> params, String verb) {
        Set<String> allowed = ARGUMENTS.get(verb);
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            if (p.getKey().equals("verb")) {
                continue;
            }
            if (!allowed.contains(p.getKey()) || p.getValue().length != 1) {
                return false;
            }
        }
        boolean token = params.containsKey("resumptionToken");
        if (token && params.size() != 2) {
            return false; // the resumption token is an exclusive argument
        }
        return switch (verb) {
            case "GetRecord" -> params.containsKey("identifier") && params.containsKey("metadataPrefix");
            case "ListIdentifiers", "ListRecords" -> token || params.containsKey("metadataPrefix");
            default -> true;
        };
    }

    private void identify(XMLStreamWriter xml, String base) throws XMLStreamException {
        xml.writeStartElement("Identify");
        text(xml, "repositoryName", repositoryName);
        text(xml, "baseURL", base);
        text(xml, "protocolVersion", "2.0");
        text(xml, "adminEmail", adminEmail);
        text(xml, "earliestDatestamp", SECONDS.format(harvest.earliest().orElse(Instant.EPOCH)));
        text(xml, "deletedRecord", "no");
        text(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
        xml.writeEndElement();
    }

    private void listMetadataFormats(XMLStreamWriter xml, Map<String, String[]> params) throws XMLStreamException {
        String identifier = single(params, "identifier");
        if (identifier != null && harvest.one(localId(identifier)).isEmpty()) {
            throw new OaiError("idDoesNotExist", "No public record has this identifier.");
        }
        xml.writeStartElement("ListMetadataFormats");
        xml.writeStartElement("metadataFormat");
        text(xml, "metadataPrefix", "oai_dc");
        text(xml, "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        text(xml, "metadataNamespace", OaiDublinCore.OAI_DC);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void listSets(XMLStreamWriter xml, Map<String, String[]> params) throws XMLStreamException {
        if (params.containsKey("resumptionToken")) {
            throw new OaiError("badResumptionToken", "The list of sets is complete in one response.");
        }
        xml.writeStartElement("ListSets");
        for (ResourceKind kind : ResourceKind.values()) {
            xml.writeStartElement("set");
            text(xml, "setSpec", setSpec(kind));
            text(xml, "setName", kind.name().replace('_', ' ').toLowerCase(Locale.ROOT));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void getRecord(XMLStreamWriter xml, Map<String, String[]> params, String base) throws XMLStreamException {
        checkPrefix(single(params, "metadataPrefix"));
        LibraryHarvest.Harvested found = harvest.one(localId(single(params, "identifier")))
                .orElseThrow(() -> new OaiError("idDoesNotExist", "No public record has this identifier."));
        xml.writeStartElement("GetRecord");
        record(xml, found, base, true);
        xml.writeEndElement();
    }

    private void list(XMLStreamWriter xml, Map<String, String[]> params, String base, boolean records)
            throws XMLStreamException {
        String token = single(params, "resumptionToken");
        Selection selection = token != null
                ? Selection.of(token)
                : new Selection(
                        single(params, "metadataPrefix"),
                        single(params, "from"),
                        single(params, "until"),
                        single(params, "set"),
                        0);
        checkPrefix(selection.prefix());
        Instant from = selection.from() == null ? null : parse(selection.from(), false);
        Instant before = selection.until() == null ? null : parse(selection.until(), true);
        if (selection.from() != null
                && selection.until() != null
                && selection.from().length() != selection.until().length()) {
            throw new OaiError("badArgument", "from and until must have the same granularity.");
        }
        if (from != null && before != null && !from.isBefore(before)) {
            throw new OaiError("badArgument", "from is after until.");
        }
        ResourceKind kind = null;
        if (selection.set() != null) {
            kind = java.util.Arrays.stream(ResourceKind.values())
                    .filter(k -> setSpec(k).equals(selection.set()))
                    .findFirst()
                    .orElseThrow(() -> new OaiError("noRecordsMatch", "No set has this setSpec."));
        }
        LibraryHarvest.Batch batch = harvest.page(kind, from, before, selection.after(), PAGE);
        if (batch.records().isEmpty()) {
            if (token != null) {
                throw new OaiError("badResumptionToken", "The resumption token is no longer valid.");
            }
            throw new OaiError("noRecordsMatch", "No records match the request.");
        }
        xml.writeStartElement(records ? "ListRecords" : "ListIdentifiers");
        for (LibraryHarvest.Harvested h : batch.records()) {
            if (records) {
                record(xml, h, base, true);
            } else {
                header(xml, h);
            }
        }
        if (token != null || batch.more()) {
            long last =
                    batch.records().get(batch.records().size() - 1).resource().id();
            xml.writeStartElement("resumptionToken");
            xml.writeAttribute("completeListSize", Long.toString(batch.total()));
            if (batch.more()) {
                xml.writeCharacters(
                        new Selection(selection.prefix(), selection.from(), selection.until(), selection.set(), last)
                                .token());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void record(XMLStreamWriter xml, LibraryHarvest.Harvested h, String base, boolean withMetadata)
            throws XMLStreamException {
        xml.writeStartElement("record");
        header(xml, h);
        if (withMetadata) {
            xml.writeStartElement("metadata");
            OaiDublinCore.write(xml, h.resource(), base);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void header(XMLStreamWriter xml, LibraryHarvest.Harvested h) throws XMLStreamException {
        xml.writeStartElement("header");
        text(xml, "identifier", identifier(h.resource().id()));
        text(xml, "datestamp", SECONDS.format(h.datestamp()));
        text(xml, "setSpec", setSpec(h.resource().kind()));
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void checkPrefix(String prefix) {
        if (!"oai_dc".equals(prefix)) {
            throw new OaiError("cannotDisseminateFormat", "Only oai_dc is disseminated.");
        }
    }

    /** A datestamp argument: a day or a second in UTC; {@code end} makes it the exclusive end of a range. */
    private static Instant parse(String value, boolean end) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            if (value.length() == 20 && value.endsWith("Z")) {
                Instant second = Instant.parse(value).truncatedTo(ChronoUnit.SECONDS);
                return end ? second.plusSeconds(1) : second;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new OaiError("badArgument", "Dates are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.");
    }

    private String identifier(long id) {
        return "oai:" + repositoryIdentifier + ":resource/" + id;
    }

    private long localId(String identifier) {
        String prefix = "oai:" + repositoryIdentifier + ":resource/";
        if (identifier != null && identifier.startsWith(prefix)) {
            try {
                return Long.parseLong(identifier.substring(prefix.length()));
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
        throw new OaiError("idDoesNotExist", "No public record has this identifier.");
    }

    static String setSpec(ResourceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String baseUrl(HttpServletRequest request) {
        return address.of(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length != 1 ? null : values[0];
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
