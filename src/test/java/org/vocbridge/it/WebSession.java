package org.vocbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client that keeps cookies, for sign-in and forms with CSRF tokens. */
final class WebSession {

    private final String base;
    private String address;

    WebSession(String base) {
        this.base = base;
    }

    /** Makes every request come from this client address, as a trusted proxy forwards it. */
    WebSession from(String address) {
        this.address = address;
        return this;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        return address == null ? request : request.header("X-Forwarded-For", address);
    }

    private String baseUrl() {
        return base;
    }

    final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A GET whose answer is kept as bytes (a PDF, an image). */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(Api.encode(k))
                .append('=')
                .append(Api.encode(v)));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** Posts a form whose fields may repeat (checkboxes): name, value, name, value… */
    HttpResponse<String> postPairs(String path, String... pairs) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(Api.encode(pairs[i]))
                    .append('=')
                    .append(Api.encode(pairs[i + 1]));
        }
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    /** Posts a file as a multipart form, with the CSRF token in its header. */
    HttpResponse<String> postFile(String path, String csrf, String fileName, byte[] content, String... headers)
            throws IOException, InterruptedException {
        String boundary = "----vocbridge" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        YearsAsWritten.check(
                response.uri(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body().getBytes(StandardCharsets.UTF_8));
        return response;
    }

    String csrf(String path) throws IOException, InterruptedException {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(get(path).body());
        assertThat(matcher.find()).as("CSRF token on " + path).isTrue();
        return matcher.group(1);
    }

    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return post("/login", Map.of("username", username, "password", password, "_csrf", csrf("/login")));
    }
}
