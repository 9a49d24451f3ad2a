package org.vocbridge.shared.web;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address the public reaches the platform at ({@code vocbridge.public-url}), for everything
 * that leaves the site with an absolute address: citations, the sitemap, link previews, the OpenAPI
 * servers, the open data catalogue and OAI-PMH. Unset, it is read off the request being answered.
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${vocbridge.public-url:}") String configured) {
        String trimmed = configured.strip().replaceAll("/+$", "");
        if (!trimmed.isEmpty()) {
            URI uri = URI.create(trimmed);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IllegalStateException("vocbridge.public-url must be an http(s) address such as "
                        + "https://vocbridge.example.org, not " + configured);
            }
        }
        this.configured = trimmed.isEmpty() ? null : trimmed;
    }

    /** The configured address, or {@code null} where it is read off each request. */
    public String configured() {
        return configured;
    }

    /** The site's address without a trailing slash. */
    public String base() {
        return configured != null
                ? configured
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    /** The absolute address of a path of the site ({@code /organizations/7}). */
    public String of(String path) {
        return base() + path;
    }
}
