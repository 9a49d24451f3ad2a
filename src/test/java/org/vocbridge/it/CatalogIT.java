package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.vocbridge.testing.ReferenceData;

/**
 * The observatory's catalogue validated against the official DCAT-AP 3.0.1 SHACL shapes and their
 * range checks ({@code ../shared/data/dcat-ap}, see {@link ReferenceData}), in Turtle and in JSON-LD.
 */
class CatalogIT extends IntegrationTest {

    static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(model);
        return model;
    }

    static Shapes shapes(Path shapes) {
        Graph graph =
                RDFDataMgr.loadGraph(shapes.resolve("dcat-ap-3.0.1-SHACL.ttl").toString());
        RDFDataMgr.read(graph, shapes.resolve("dcat-ap-3.0.1-ranges.ttl").toString());
        // the published file names a few property shapes it never defines; a strict parser refuses
        // them, so those dangling references (which check nothing) are left out
        List<Triple> dangling = graph.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> !graph.contains(t.getObject(), Node.ANY, Node.ANY))
                .toList();
        dangling.forEach(graph::delete);
        return Shapes.parse(graph);
    }

    @Test
    void theCatalogueConformsToDcatApInTurtleAndJsonLd() {
        Path shapes = ReferenceData.require("dcat-ap");
        Api.Response turtle = api().header("Accept", "text/turtle").get("/catalog");
        assertThat(turtle.status()).isEqualTo(200);
        assertThat(turtle.header("Content-Type")).startsWith("text/turtle");
        Model model = parse(turtle.body(), Lang.TURTLE);

        ValidationReport report = ShaclValidator.get().validate(shapes(shapes), model.getGraph());
        assertThat(report.getEntries())
                .as("DCAT-AP 3.0.1 SHACL validation")
                .extracting(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .isEmpty();
        assertThat(report.conforms()).isTrue();

        var datasets = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertThat(datasets)
                .as("one dataset per indicator, the demo ones included")
                .anyMatch(d -> d.getURI().endsWith("/observatory/indicators/TVET.ENROL#dataset"));
        var enrolment = model.getResource(PUBLIC_URL + "/observatory/indicators/TVET.ENROL#dataset");
        assertThat(enrolment
                        .listProperties(org.apache.jena.vocabulary.DCTerms.title)
                        .toList())
                .extracting(s -> s.getLiteral().getLanguage())
                .contains("en", "zh", "ru");
        assertThat(enrolment.listProperties(DCAT.distribution).toList()).hasSize(2);

        Api.Response jsonLd = api().get("/catalog.jsonld");
        assertThat(jsonLd.header("Content-Type")).startsWith("application/ld+json");
        assertThat(parse(jsonLd.body(), Lang.JSONLD11).isIsomorphicWith(model))
                .as("the JSON-LD holds the same graph as the Turtle")
                .isTrue();
    }

    @Test
    void aDatasetsDownloadGivesItsValues() {
        Model model = parse(api().get("/catalog.ttl").body(), Lang.TURTLE);
        String csv = model.getResource(PUBLIC_URL + "/observatory/indicators/TVET.GRAD#csv")
                .getPropertyResourceValue(DCAT.downloadURL)
                .getURI();
        Api.Response download = api().get(csv.substring(PUBLIC_URL.length()));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body().lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith("TVET.GRAD,"));
    }
}
