package org.vocbridge.surveys.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.shared.web.PublicPages;

/** Each survey's public page in the sitemap. */
@Configuration
class SurveySitemap {

    @Bean
    PublicPages surveysInSitemap() {
        return new PublicPages(
                "surveys", "/surveys/{0}", "select form_id, updated_at from surveys_survey order by form_id");
    }
}
