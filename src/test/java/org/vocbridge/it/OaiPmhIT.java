package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vocbridge.library.Licence;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourceVisibility;
import org.vocbridge.library.domain.ResourceDraft;
import org.vocbridge.library.domain.Resources;
import org.vocbridge.library.domain.Review;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.testing.ReferenceData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.InputSource;

/**
 * OAI-PMH 2.0: every response, errors included, is valid against the official OAI-PMH and oai_dc
 * schemas ({@code ../shared/data/oai-pmh}); lists page with resumption tokens; nothing for members
 * only or under review is ever harvested.
 */
class OaiPmhIT extends IntegrationTest {

    static Schema schema;

    @Autowired
    Resources resources;

    @BeforeAll
    static void loadSchemas() throws Exception {
        Path schemas = ReferenceData.require("oai-pmh");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // the Dublin Core schema that oai_dc.xsd imports cannot be fetched here: a local stand-in
        factory.setResourceResolver(new LocalSchemas());
        schema = factory.newSchema(new StreamSource[] {
            new StreamSource(schemas.resolve("OAI-PMH.xsd").toFile()),
            new StreamSource(schemas.resolve("oai_dc.xsd").toFile())
        });
    }

    /** Resolves the Dublin Core and XML namespace schemas to the test's own copies. */
    static final class LocalSchemas implements LSResourceResolver {
        @Override
        public LSInput resolveResource(
                String type, String namespace, String publicId, String systemId, String baseUri) {
            String local = "http://purl.org/dc/elements/1.1/".equals(namespace)
                    ? "/oai/simpledc.xsd"
                    : "http://www.w3.org/XML/1998/namespace".equals(namespace) ? "/oai/xml.xsd" : null;
            if (local == null) {
                return null;
            }
            InputStream in = OaiPmhIT.class.getResourceAsStream(local);
            return new Input(in, systemId);
        }
    }

    record Input(InputStream byteStream, String systemId) implements LSInput {
        public java.io.Reader getCharacterStream() {
            return null;
        }

        public void setCharacterStream(java.io.Reader r) {}

        public InputStream getByteStream() {
            return byteStream;
        }

        public void setByteStream(InputStream s) {}

        public String getStringData() {
            return null;
        }

        public void setStringData(String s) {}

        public String getSystemId() {
            return systemId;
        }

        public void setSystemId(String s) {}

        public String getPublicId() {
            return null;
        }

        public void setPublicId(String s) {}

        public String getBaseURI() {
            return null;
        }

        public void setBaseURI(String s) {}

        public String getEncoding() {
            return null;
        }

        public void setEncoding(String s) {}

        public boolean getCertifiedText() {
            return false;
        }

        public void setCertifiedText(boolean b) {}
    }

    /** Fetches an OAI-PMH response, checks it against the schemas and returns it parsed. */
    Document oai(String query) throws Exception {
        Api.Response response = api().get("/oai?" + query);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/xml");
        schema.newValidator().validate(new StreamSource(new StringReader(response.body())));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
    }

    static String error(Document doc) {
        var errors = doc.getElementsByTagNameNS("http://www.openarchives.org/OAI/2.0/", "error");
        return errors.getLength() == 0 ? null : ((Element) errors.item(0)).getAttribute("code");
    }

    static List<String> texts(Document doc, String namespace, String name) {
        List<String> texts = new ArrayList<>();
        var nodes = doc.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    @Test
    void identifyListMetadataFormatsAndListSetsAreValid() throws Exception {
        Document identify = oai("verb=Identify");
        assertThat(error(identify)).isNull();
        assertThat(texts(identify, OAI, "baseURL").get(0)).endsWith("/oai");
        assertThat(texts(identify, OAI, "protocolVersion")).containsExactly("2.0");
        assertThat(texts(oai("verb=ListMetadataFormats"), OAI, "metadataPrefix"))
                .containsExactly("oai_dc");
        assertThat(texts(oai("verb=ListSets"), OAI, "setSpec")).contains("occupational-standard", "course");
    }

    @Test
    void recordsAreDublinCoreInEveryLanguageAndOnlyPublicOnesAreHarvested() throws Exception {
        Document all = oai("verb=ListRecords&metadataPrefix=oai_dc&set=good-practice");
        assertThat(error(all)).isNull();
        assertThat(texts(all, DC, "title")).anyMatch(t -> t.contains("产城职创"));
        Document courseStandards = oai("verb=ListRecords&metadataPrefix=oai_dc&set=course-standard");
        List<String> titles = texts(courseStandards, DC, "title");
        assertThat(titles).anyMatch(t -> t.contains("Hydropower station operation"));
        assertThat(titles)
                .as("the members-only and the submitted demo course standards are never harvested")
                .noneMatch(t -> t.contains("Cross-border e-commerce") || t.contains("Railway signal"));

        String identifier = texts(courseStandards, OAI, "identifier").get(0);
        Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Api.encode(identifier));
        assertThat(error(record)).isNull();
        assertThat(texts(record, DC, "subject")).anyMatch(s -> s.startsWith("ISCED-F 2013: "));
        assertThat(texts(record, DC, "rights")).allMatch(r -> r.startsWith("https://creativecommons.org/"));

        String hidden = identifier.replaceAll("\\d+$", "") + hiddenDemoId();
        assertThat(error(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Api.encode(hidden))))
                .isEqualTo("idDoesNotExist");
    }

    /** The demo course standard for members only, found as an admin. */
    long hiddenDemoId() {
        for (var item : api().token(adminToken())
                .get("/api/v1/resources?kind=COURSE_STANDARD&size=100")
                .json()
                .get("items")) {
            if (item.get("visibility").asText().equals("MEMBERS")) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no members-only demo course standard");
    }

    @Test
    void longListsPageWithResumptionTokensThatCarryTheSelection() throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long owner = newOrganization(newUser("oai-owner"), "ASSOCIATION", "UZ", Map.of("en", "OAI Report Society"));
        CurrentUser admin = new CurrentUser(0L, "oai-test", true);
        for (int i = 1; i <= 105; i++) {
            long id = resources
                    .submit(
                            admin,
                            new ResourceDraft(
                                    ResourceKind.REPORT,
                                    Map.of("en", "Annual TVET report " + i),
                                    Map.of(),
                                    "en",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    Licence.CC0,
                                    ResourceVisibility.PUBLIC,
                                    Set.of(owner),
                                    Set.of(),
                                    Set.of("UZ"),
                                    Set.of(),
                                    Set.of(),
                                    Set.of(),
                                    List.of(),
                                    null))
                    .id();
            resources.review(admin, id, new Review(Review.Decision.PUBLISH, null));
        }
        String from = start.toString().replace(".000", "");
        Document first = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=report&from=" + from);
        assertThat(error(first)).isNull();
        assertThat(texts(first, OAI, "identifier")).hasSize(100);
        Element token =
                (Element) first.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
        assertThat(token.getAttribute("completeListSize")).isEqualTo("105");
        Document second = oai("verb=ListIdentifiers&resumptionToken=" + Api.encode(token.getTextContent()));
        assertThat(texts(second, OAI, "identifier")).hasSize(5);
        assertThat(second.getElementsByTagNameNS(OAI, "resumptionToken").item(0).getTextContent())
                .as("the last page ends the list with an empty token")
                .isEmpty();
        List<String> all = new ArrayList<>(texts(first, OAI, "identifier"));
        all.addAll(texts(second, OAI, "identifier"));
        assertThat(all).doesNotHaveDuplicates();
        // the protocol's form POST is accepted without a session
        Api.Response posted = api().form("/oai", "verb=ListIdentifiers&metadataPrefix=oai_dc&set=report&from=" + from);
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("completeListSize=\"105\"");
    }

    @Test
    void badRequestsGetTheProtocolsErrorCodes() throws Exception {
        assertThat(error(oai("verb=Harvest"))).isEqualTo("badVerb");
        assertThat(error(oai(""))).isEqualTo("badVerb");
        assertThat(error(oai("verb=ListRecords"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=Identify&extra=1"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday")))
                .isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-01T00:00:00Z")))
                .isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=marc21"))).isEqualTo("cannotDisseminateFormat");
        assertThat(error(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere:1")))
                .isEqualTo("idDoesNotExist");
        assertThat(error(oai("verb=ListRecords&resumptionToken=not-a-token"))).isEqualTo("badResumptionToken");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2001-01-01&until=2001-01-02")))
                .isEqualTo("noRecordsMatch");
    }
}
