package org.vocbridge.taxonomy.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The country boundaries an operator configures ({@code vocbridge.maps.boundaries}: a GeoJSON or
 * TopoJSON file) for maps coloured by country; none ships with the platform, because every set of
 * world borders takes a side somewhere and the operator answers for the one shown. Each feature
 * keeps only its ISO 3166-1 alpha-2 code ({@code code}), read from the property named by
 * {@code vocbridge.maps.boundaries-code} or else the first of the usual ones found (alpha-3 codes
 * are turned into alpha-2). A file that cannot be read, or names no country, stops the start.
 */
@Component
public class Boundaries {

    private static final List<String> USUAL_CODES =
            List.of("ISO_A2", "iso_a2", "ISO_A2_EH", "ISO3166-1-Alpha-2", "ISO_A3", "iso_a3", "ADM0_A3", "iso3", "id");
    private static final Map<String, String> ALPHA2_OF_ALPHA3 = alpha2OfAlpha3();

    private final byte[] geoJson;
    private final Set<String> countries;

    Boundaries(
            @Value("${vocbridge.maps.boundaries:}") String file,
            @Value("${vocbridge.maps.boundaries-code:}") String codeProperty,
            JsonMapper json) {
        if (file.isBlank()) {
            geoJson = null;
            countries = Set.of();
            return;
        }
        JsonNode read;
        try {
            read = json.readTree(Files.readAllBytes(Path.of(file.strip())));
        } catch (Exception e) {
            throw new IllegalStateException(
                    "vocbridge.maps.boundaries: cannot read " + file + " as GeoJSON or TopoJSON: " + e.getMessage(), e);
        }
        List<JsonNode> features = "Topology".equals(read.path("type").asString(""))
                ? TopoJson.features(read)
                : List.copyOf(read.path("features").valueStream().toList());
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        Set<String> named = new TreeSet<>();
        for (JsonNode feature : features) {
            String code = code(feature, codeProperty.strip());
            String shape = feature.path("geometry").path("type").asString("");
            if (code != null && (shape.equals("Polygon") || shape.equals("MultiPolygon"))) {
                ObjectNode out = kept.addObject();
                out.put("type", "Feature");
                out.putObject("properties").put("code", code);
                out.set("geometry", feature.get("geometry"));
                named.add(code);
            }
        }
        if (named.isEmpty()) {
            throw new IllegalStateException("vocbridge.maps.boundaries: no feature of " + file
                    + " is an area (Polygon, MultiPolygon) that names a country (ISO 3166-1 code) in "
                    + (codeProperty.isBlank() ? "any of " + USUAL_CODES : codeProperty)
                    + "; set vocbridge.maps.boundaries-code to the property that holds it");
        }
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", kept);
        geoJson = json.writeValueAsBytes(collection);
        countries = Set.copyOf(named);
    }

    public boolean configured() {
        return geoJson != null;
    }

    /** The boundaries as GeoJSON, each feature with its country's code alone; null when none is configured. */
    public byte[] geoJson() {
        return geoJson;
    }

    /** The countries that have a boundary. */
    public Set<String> countries() {
        return countries;
    }

    private static String code(JsonNode feature, String configured) {
        List<String> names = configured.isEmpty() ? USUAL_CODES : List.of(configured);
        for (String name : names) {
            JsonNode value = "id".equals(name) && !feature.path("properties").has("id")
                    ? feature.path("id")
                    : feature.path("properties").path(name);
            String text = value.isValueNode() ? value.asString("").strip().toUpperCase(Locale.ROOT) : "";
            String alpha2 = text.length() == 3 ? ALPHA2_OF_ALPHA3.get(text) : text;
            if (alpha2 != null && alpha2.length() == 2 && ALPHA2_OF_ALPHA3.containsValue(alpha2)) {
                return alpha2;
            }
        }
        return null;
    }

    private static Map<String, String> alpha2OfAlpha3() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            codes.put(new Locale.Builder().setRegion(alpha2).build().getISO3Country(), alpha2);
        }
        return Map.copyOf(codes);
    }

    /** TopoJSON (arcs shared between neighbours) turned into GeoJSON features, from its objects. */
    static final class TopoJson {

        private TopoJson() {}

        static List<JsonNode> features(JsonNode topology) {
            List<double[][]> arcs = arcs(topology);
            List<JsonNode> features = new ArrayList<>();
            topology.path("objects").valueStream().forEach(object -> {
                List<JsonNode> geometries =
                        "GeometryCollection".equals(object.path("type").asString(""))
                                ? object.path("geometries").valueStream().toList()
                                : List.of(object);
                for (JsonNode geometry : geometries) {
                    ObjectNode feature = JsonNodeFactory.instance.objectNode();
                    feature.put("type", "Feature");
                    if (geometry.has("id")) {
                        feature.set("id", geometry.get("id"));
                    }
                    feature.set(
                            "properties",
                            geometry.path("properties").isObject()
                                    ? geometry.get("properties")
                                    : JsonNodeFactory.instance.objectNode());
                    JsonNode shape = shape(geometry, arcs);
                    if (shape != null) {
                        feature.set("geometry", shape);
                    }
                    features.add(feature);
                }
            });
            return features;
        }

        /** The arcs in longitude and latitude: quantized positions are deltas scaled and translated. */
        private static List<double[][]> arcs(JsonNode topology) {
            JsonNode transform = topology.path("transform");
            boolean quantized = transform.isObject();
            double[] scale = {
                transform.path("scale").path(0).asDouble(1),
                transform.path("scale").path(1).asDouble(1)
            };
            double[] translate = {
                transform.path("translate").path(0).asDouble(0),
                transform.path("translate").path(1).asDouble(0)
            };
            List<double[][]> arcs = new ArrayList<>();
            for (JsonNode arc : topology.path("arcs")) {
                double[][] points = new double[arc.size()][];
                double x = 0;
                double y = 0;
                for (int i = 0; i < arc.size(); i++) {
                    JsonNode p = arc.get(i);
                    if (quantized) {
                        x += p.get(0).asDouble();
                        y += p.get(1).asDouble();
                        points[i] = new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]};
                    } else {
                        points[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
                    }
                }
                arcs.add(points);
            }
            return arcs;
        }

        private static JsonNode shape(JsonNode geometry, List<double[][]> arcs) {
            String type = geometry.path("type").asString("");
            ObjectNode shape = JsonNodeFactory.instance.objectNode();
            shape.put("type", type);
            switch (type) {
                case "Polygon" -> shape.set("coordinates", polygon(geometry.path("arcs"), arcs));
                case "MultiPolygon" -> {
                    ArrayNode polygons = shape.putArray("coordinates");
                    geometry.path("arcs").forEach(p -> polygons.add(polygon(p, arcs)));
                }
                default -> {
                    return null;
                }
            }
            return shape;
        }

        private static ArrayNode polygon(JsonNode rings, List<double[][]> arcs) {
            ArrayNode polygon = JsonNodeFactory.instance.arrayNode();
            for (JsonNode ring : rings) {
                ArrayNode points = polygon.addArray();
                for (JsonNode index : ring) {
                    int i = index.asInt();
                    double[][] arc = arcs.get(i < 0 ? ~i : i);
                    for (int k = 0; k < arc.length; k++) {
                        // each arc after the first starts where the one before ended
                        if (k == 0 && !points.isEmpty()) {
                            continue;
                        }
                        double[] p = arc[i < 0 ? arc.length - 1 - k : k];
                        points.addArray().add(p[0]).add(p[1]);
                    }
                }
            }
            return polygon;
        }
    }
}
