package org.vocbridge.cooperation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.shared.web.PublicPages;

/** Signed agreements in the sitemap (drafts and negotiations are the parties' own). */
@Configuration
class CooperationSitemap {

    @Bean
    PublicPages agreementsInSitemap() {
        return new PublicPages(
                "agreements",
                "/agreements/{0}",
                "select id, updated_at from cooperation_agreement where status not in ('DRAFT', 'NEGOTIATING') order by id");
    }
}
