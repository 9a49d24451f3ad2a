package org.vocbridge.observatory.domain;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vocbridge.observatory.IndicatorSummary;
import org.vocbridge.shared.LocalizedText;

/**
 * The observatory's datasets as a DCAT-AP 3 catalogue: one dataset per indicator, with its title
 * and definition in every language it has, the countries it covers, the years published, and its
 * CSV and JSON downloads under CC BY 4.0. Written as Turtle or JSON-LD.
 */
@Component
@RequiredArgsConstructor
public class ObservatoryCatalog {

    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("ru"));

    private final Indicators indicators;
    private final ObservatoryData data;
    private final MessageSource messages;

    /** The formats the catalogue is written in. */
    public enum Format {
        TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
        JSON_LD("application/ld+json", RDFFormat.JSONLD11_PRETTY);

        public final String mediaType;
        final RDFFormat rdf;

        Format(String mediaType, RDFFormat rdf) {
            this.mediaType = mediaType;
            this.rdf = rdf;
        }
    }

    public void write(String base, Format format, OutputStream out) {
        RDFDataMgr.write(out, model(base), format.rdf);
    }

    /** The catalogue, its addresses under the given base URL (such as https://vocbridge.example). */
    public Model model(String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF.NS);
        m.setNsPrefix("skos", SKOS.uri);
        Resource publisher = m.createResource(base + "/#publisher").addProperty(RDF.type, FOAF.Agent);
        Resource catalog = m.createResource(base + "/catalog").addProperty(RDF.type, DCAT.Catalog);
        for (Locale locale : LANGUAGES) {
            String tag = locale.toLanguageTag().startsWith("zh") ? "zh" : locale.getLanguage();
            publisher.addProperty(FOAF.name, messages.getMessage("catalog.publisher", null, locale), tag);
            catalog.addProperty(DCTerms.title, messages.getMessage("catalog.title", null, locale), tag);
            catalog.addProperty(DCTerms.description, messages.getMessage("catalog.description", null, locale), tag);
        }
        catalog.addProperty(DCTerms.publisher, publisher);
        Resource licence = m.createResource(LICENCE).addProperty(RDF.type, DCTerms.LicenseDocument);
        catalog.addProperty(DCTerms.license, licence);
        // the EU data theme vocabulary's concept, with its labels
        Resource theme = m.createResource(EU + "data-theme/EDUC")
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "Education, culture and sport", "en")
                .addProperty(SKOS.prefLabel, "教育、文化和体育", "zh")
                .addProperty(SKOS.prefLabel, "Образование, культура и спорт", "ru");
        Map<String, ObservatoryData.Coverage> coverage = data.coverage();
        for (IndicatorSummary i : indicators.all()) {
            String page = base + "/observatory/indicators/" + i.code();
            Resource dataset = m.createResource(page + "#dataset").addProperty(RDF.type, DCAT.Dataset);
            texts(dataset, DCTerms.title, i.name());
            texts(dataset, DCTerms.description, i.definition().isEmpty() ? i.name() : i.definition());
            dataset.addProperty(DCTerms.identifier, i.code());
            dataset.addProperty(DCTerms.publisher, publisher);
            dataset.addProperty(DCAT.theme, theme);
            dataset.addProperty(DCAT.landingPage, m.createResource(page).addProperty(RDF.type, FOAF.Document));
            for (String country : i.countries()) {
                dataset.addProperty(
                        DCTerms.spatial,
                        m.createResource(EU + "country/" + new Locale("", country).getISO3Country())
                                .addProperty(RDF.type, DCTerms.Location));
            }
            ObservatoryData.Coverage years = coverage.get(i.code());
            if (years != null) {
                dataset.addProperty(
                        DCTerms.temporal,
                        m.createResource()
                                .addProperty(RDF.type, DCTerms.PeriodOfTime)
                                .addProperty(DCAT.startDate, String.valueOf(years.firstYear()), XSDDatatype.XSDgYear)
                                .addProperty(DCAT.endDate, String.valueOf(years.lastYear()), XSDDatatype.XSDgYear));
                dataset.addProperty(DCTerms.modified, years.lastPublished().toString(), XSDDatatype.XSDdateTime);
            }
            String query =
                    "?indicator=" + java.net.URLEncoder.encode(i.code(), java.nio.charset.StandardCharsets.UTF_8);
            distribution(
                    m,
                    dataset,
                    page + "#csv",
                    base + "/api/v1/observatory/observations.csv" + query,
                    "CSV",
                    "text/csv",
                    licence);
            distribution(
                    m,
                    dataset,
                    page + "#json",
                    base + "/api/v1/observatory/observations" + query,
                    "JSON",
                    "application/json",
                    licence);
            catalog.addProperty(DCAT.dataset, dataset);
        }
        return m;
    }

    private static void texts(Resource subject, org.apache.jena.rdf.model.Property property, LocalizedText text) {
        text.values().forEach((tag, value) -> subject.addProperty(property, value, tag));
    }

    private static void distribution(
            Model m, Resource dataset, String id, String url, String fileType, String mediaType, Resource licence) {
        Resource download = m.createResource(url);
        Resource distribution = m.createResource(id)
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.accessURL, download)
                .addProperty(DCAT.downloadURL, download)
                .addProperty(
                        DCTerms.format,
                        m.createResource(EU + "file-type/" + fileType).addProperty(RDF.type, DCTerms.MediaTypeOrExtent))
                .addProperty(
                        DCAT.mediaType,
                        m.createResource("http://www.iana.org/assignments/media-types/" + mediaType)
                                .addProperty(RDF.type, DCTerms.MediaType))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.title, fileType, "en");
        dataset.addProperty(DCAT.distribution, distribution);
    }
}
