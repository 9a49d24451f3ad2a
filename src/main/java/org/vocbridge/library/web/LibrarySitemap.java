package org.vocbridge.library.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.shared.web.PublicPages;

/** The library's published public resources in the sitemap. */
@Configuration
class LibrarySitemap {

    @Bean
    PublicPages resourcesInSitemap() {
        return new PublicPages(
                "library",
                "/library/{0}",
                "select id, updated_at from library_resource where status = 'PUBLISHED' and visibility = 'PUBLIC' order by id");
    }
}
