package org.vocbridge.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.shared.web.PublicPages;

/** The directory's public pages in the sitemap: every organization, alliance and person. */
@Configuration
class DirectorySitemap {

    @Bean
    PublicPages organizationsInSitemap() {
        return new PublicPages(
                "organizations", "/organizations/{0}", "select id, updated_at from directory_organization order by id");
    }

    @Bean
    PublicPages alliancesInSitemap() {
        return new PublicPages(
                "alliances",
                "/alliances/{0}",
                "select id, cast(null as timestamp) from directory_alliance order by id");
    }

    @Bean
    PublicPages peopleInSitemap() {
        return new PublicPages(
                "people", "/people/{0}", "select id, cast(null as timestamp) from directory_person order by id");
    }
}
