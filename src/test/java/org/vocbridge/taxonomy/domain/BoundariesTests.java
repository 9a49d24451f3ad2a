package org.vocbridge.taxonomy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BoundariesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private Boundaries read(String content, String codeProperty) throws Exception {
        Path file = folder.resolve("boundaries.json");
        Files.writeString(file, content);
        return new Boundaries(file.toString(), codeProperty, json);
    }

    private JsonNode features(Boundaries boundaries) {
        return json.readTree(boundaries.geoJson()).get("features");
    }

    @Test
    void noFileConfiguredMeansNoBoundaries() {
        Boundaries none = new Boundaries("", "", json);
        assertThat(none.configured()).isFalse();
        assertThat(none.countries()).isEmpty();
    }

    @Test
    void geoJsonFeaturesKeepTheirShapeAndOnlyTheirCountryCode() throws Exception {
        Boundaries boundaries = read("""
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"iso_a2":"th","NAME":"Thailand","POP":1},
                   "geometry":{"type":"Polygon","coordinates":[[[100,13],[101,13],[101,14],[100,13]]]}},
                  {"type":"Feature","properties":{"ISO_A2":"-99","NAME":"Somewhere disputed"},
                   "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
                  {"type":"Feature","properties":{"ADM0_A3":"VNM"},
                   "geometry":{"type":"Polygon","coordinates":[[[105,21],[106,21],[106,22],[105,21]]]}}]}
                """, "");
        assertThat(boundaries.countries()).containsExactlyInAnyOrder("TH", "VN");
        JsonNode features = features(boundaries);
        assertThat(features).hasSize(2);
        assertThat(features.get(0).get("properties").toString()).isEqualTo("{\"code\":\"TH\"}");
        assertThat(features.get(0).at("/geometry/coordinates/0/1").toString()).isEqualTo("[101,13]");
    }

    @Test
    void topoJsonArcsAreDecodedJoinedAndReversed() throws Exception {
        // quantized: positions are deltas, scaled by 0.5 and moved by (100, 10)
        Boundaries boundaries = read("""
                {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[100,10]},
                 "arcs":[[[0,0],[2,0],[0,2]],[[2,2],[-2,0],[0,-2]],[[10,10],[2,0],[0,2],[-2,-2]]],
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","id":"THA","arcs":[[0,1]]},
                   {"type":"MultiPolygon","properties":{"name":"Laos"},"id":"418","arcs":[[[~2]]]},
                   {"type":"MultiPolygon","properties":{"iso3":"LAO"},"arcs":[[[~2]]]}]}}}
                """.replace("~2", "-3"), "");
        assertThat(boundaries.countries()).containsExactlyInAnyOrder("TH", "LA");
        JsonNode features = features(boundaries);
        assertThat(features.get(0).at("/geometry/coordinates/0").toString())
                .isEqualTo("[[100.0,10.0],[101.0,10.0],[101.0,11.0],[100.0,11.0],[100.0,10.0]]");
        assertThat(features.get(1).at("/geometry/type").asString()).isEqualTo("MultiPolygon");
        assertThat(features.get(1).at("/geometry/coordinates/0/0").toString())
                .isEqualTo("[[105.0,15.0],[106.0,16.0],[106.0,15.0],[105.0,15.0]]");
    }

    @Test
    void aFileThatNamesNoCountryOrCannotBeReadStopsTheStart() throws Exception {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[]}", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vocbridge.maps.boundaries-code");
        assertThatThrownBy(() -> read(
                        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"TH\"},"
                                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}",
                        "code"))
                .hasMessageContaining("no feature");
        assertThatThrownBy(() -> read("not json", "")).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> new Boundaries(folder.resolve("missing.json").toString(), "", json))
                .hasMessageContaining("cannot read");
    }
}
