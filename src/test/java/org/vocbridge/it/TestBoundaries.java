package org.vocbridge.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vocbridge.taxonomy.domain.ReferenceCodes;

/**
 * A boundary file for the suite, as an operator would configure one (TopoJSON, quantized, with
 * ISO 3166-1 alpha-3 codes), of made-up squares around the capitals of the ASEAN countries only: maps
 * of those countries are drawn within borders, maps with any other country stay tiles.
 */
final class TestBoundaries {

    static final List<String> COUNTRIES = List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL");
    /** Half the side of each square, in degrees. */
    static final double HALF = 0.8;

    private TestBoundaries() {}

    static synchronized String file() {
        Path file = Path.of("target", "test-boundaries.topojson").toAbsolutePath();
        Map<String, double[]> capitals = capitals();
        List<String> arcs = new ArrayList<>();
        List<String> geometries = new ArrayList<>();
        int step = (int) Math.round(2 * HALF * 100);
        for (String country : COUNTRIES) {
            double[] capital = capitals.get(country); // latitude, longitude
            long x = Math.round((capital[1] - HALF) * 100);
            long y = Math.round((capital[0] - HALF + 90) * 100);
            arcs.add("[[%d,%d],[%d,0],[0,%d],[-%d,0],[0,-%d]]".formatted(x, y, step, step, step, step));
            geometries.add("{\"type\":\"Polygon\",\"arcs\":[[%d]],\"properties\":{\"ISO_A3\":\"%s\"}}"
                    .formatted(
                            arcs.size() - 1,
                            new Locale.Builder().setRegion(country).build().getISO3Country()));
        }
        String topology = "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.01,0.01],\"translate\":[0,-90]},"
                + "\"arcs\":[" + String.join(",", arcs) + "],"
                + "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":["
                + String.join(",", geometries) + "]}}}";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, topology);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    /** Latitude and longitude of each capital, from the platform's own list. */
    static Map<String, double[]> capitals() {
        return new ReferenceCodes().capitals();
    }
}
