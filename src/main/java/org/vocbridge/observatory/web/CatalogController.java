package org.vocbridge.observatory.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.observatory.domain.ObservatoryCatalog;
import org.vocbridge.shared.web.PublicAddress;

/**
 * The DCAT-AP catalogue of the observatory's open data: {@code /catalog.ttl} (Turtle),
 * {@code /catalog.jsonld} (JSON-LD), and {@code /catalog} in either, as the Accept header asks
 * (Turtle when it does not say).
 */
@RestController
@RequiredArgsConstructor
class CatalogController {

    private final ObservatoryCatalog catalog;
    private final PublicAddress address;

    @GetMapping("/catalog")
    @Operation(
            summary = "The open data catalogue",
            description = "The observatory's datasets as DCAT-AP, in Turtle or JSON-LD as the Accept header asks.")
    void negotiated(
            @RequestHeader(value = HttpHeaders.ACCEPT, defaultValue = "") String accept, HttpServletResponse response)
            throws IOException {
        boolean jsonLd = accept.contains("application/ld+json") || accept.contains("application/json");
        write(jsonLd ? ObservatoryCatalog.Format.JSON_LD : ObservatoryCatalog.Format.TURTLE, response);
    }

    @GetMapping("/catalog.ttl")
    @Operation(
            summary = "The open data catalogue in Turtle",
            description = "The observatory's datasets as DCAT-AP in Turtle.")
    void turtle(HttpServletResponse response) throws IOException {
        write(ObservatoryCatalog.Format.TURTLE, response);
    }

    @GetMapping("/catalog.jsonld")
    @Operation(
            summary = "The open data catalogue in JSON-LD",
            description = "The observatory's datasets as DCAT-AP in JSON-LD.")
    void jsonLd(HttpServletResponse response) throws IOException {
        write(ObservatoryCatalog.Format.JSON_LD, response);
    }

    private void write(ObservatoryCatalog.Format format, HttpServletResponse response) throws IOException {
        response.setContentType(format.mediaType + ";charset=UTF-8");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        String base = address.base();
        catalog.write(base, format, response.getOutputStream());
    }
}
