package org.vocbridge.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: real requests against the running application. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> headers = new ArrayList<>();
    private boolean expectContinue;

    Api(String base) {
        this.base = base;
    }

    Api header(String name, String value) {
        headers.add(name);
        headers.add(value);
        return this;
    }

    Api token(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** Sends bodies only once the server asks for them, so that one refused by its length is never sent. */
    Api expectContinue() {
        expectContinue = true;
        return this;
    }

    Api language(String tags) {
        return header("Accept-Language", tags);
    }

    /** A response with its body parsed as JSON when it is JSON. */
    record Response(int status, String body, HttpResponse<byte[]> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    Response form(String path, String urlEncoded) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded, StandardCharsets.UTF_8)));
    }

    Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** Any method with a JSON body. */
    Response json(String method, String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").method(method, json(body)));
    }

    /** Any method with a body of any content type (null: no body). */
    Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Response upload(String path, String fileName, byte[] content) {
        return multipart(path, "POST", fileName, "application/octet-stream", content);
    }

    Response upload(String path, String fileName, String contentType, byte[] content) {
        return multipart(path, "POST", fileName, contentType, content);
    }

    Response uploadPut(String path, String fileName, String contentType, byte[] content) {
        return multipart(path, "PUT", fileName, contentType, content);
    }

    private Response multipart(String path, String method, String fileName, String contentType, byte[] content) {
        String boundary = "----vocbridge" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).expectContinue(expectContinue);
        for (int i = 0; i < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(
                body instanceof String s ? s : JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            YearsAsWritten.check(
                    response.uri(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
            return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
