package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What a browser downloads: compressed text, fingerprinted files kept for a year, chart pages within budget. */
class TransferIT extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> gzipped(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl() + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void chartPagesArriveCompressedWithinFourHundredKilobytes() throws Exception {
        for (String path :
                List.of("/observatory/indicators/TVET.ENROL?lang=zh", "/alliances?lang=ru", "/library?lang=en", "/")) {
            HttpResponse<byte[]> page = gzipped(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            String html = new String(
                    new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            Document document = Jsoup.parse(html, baseUrl() + path);
            List<String> files = new ArrayList<>(document.select("script[src]").eachAttr("abs:src"));
            files.addAll(document.select("link[rel=stylesheet]").eachAttr("abs:href"));
            // ECharts, fetched by the page's script once the text has been painted
            files.addAll(document.select("[data-echarts]").eachAttr("abs:data-src"));
            long bytes = page.body().length;
            for (String file : files) {
                HttpResponse<byte[]> asset = gzipped(file);
                assertThat(asset.statusCode()).as(file).isEqualTo(200);
                // below server.compression.min-response-size (1 KB) compressing would not pay
                if (asset.body().length >= 1024) {
                    assertThat(asset.headers().firstValue("Content-Encoding"))
                            .as(file)
                            .hasValue("gzip");
                }
                // fingerprinted: the address changes with the content, so browsers keep it a year
                assertThat(file).as("a content hash in " + file).containsPattern("-[0-9a-f]{32}\\.(js|css)$");
                assertThat(asset.headers().firstValue("Cache-Control").orElse(""))
                        .as(file)
                        .contains("max-age=31536000");
                bytes += asset.body().length;
            }
            assertThat(bytes).as(path + " with its scripts and styles").isLessThanOrEqualTo(400 * 1024);
            if (!path.startsWith("/observatory")) {
                assertThat(files).as("ECharts only where there is a chart").noneMatch(f -> f.contains("echarts"));
            }
        }
        HttpResponse<byte[]> json = gzipped("/api/v1/organizations?size=50");
        assertThat(json.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
