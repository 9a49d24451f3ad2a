package org.vocbridge.shared.web;

/**
 * A kind of public page a module shows, for the sitemap: the address of each page
 * ({@code /organizations/{0}}, with the key in place of {@code {0}}) and a query that lists the
 * public records, each as its key and, where known, when it last changed. The query names only the
 * module's own tables and lists each record once, in a stable order.
 */
public record PublicPages(String section, String path, String query) {

    public PublicPages {
        if (!section.matches("[a-z-]+") || !path.contains("{0}")) {
            throw new IllegalArgumentException("A section name in lower case and a path with {0}");
        }
    }

    String pathOf(String key) {
        return path.replace("{0}", key);
    }
}
