package org.vocbridge.observatory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.shared.web.PublicPages;

/** The observatory in the sitemap: each indicator and the profile of each country with figures. */
@Configuration
class ObservatorySitemap {

    @Bean
    PublicPages indicatorsInSitemap() {
        return new PublicPages(
                "indicators",
                "/observatory/indicators/{0}",
                "select code, updated_at from observatory_indicator order by code");
    }

    @Bean
    PublicPages countriesInSitemap() {
        return new PublicPages(
                "countries",
                "/observatory/countries/{0}",
                "select country, cast(null as timestamp) from observatory_observation group by country order by country");
    }
}
