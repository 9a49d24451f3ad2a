package org.vocbridge.observatory.domain;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriUtils;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** Registers indicators with the global search: found by their names and definitions in any language. */
@Configuration
class ObservatorySearchTypes {

    @Bean
    SearchableType<Indicator> searchableIndicators() {
        return new SearchableType<>() {
            public String key() {
                return "indicator";
            }

            public Class<Indicator> entityClass() {
                return Indicator.class;
            }

            public Hit describe(Object id, LocalizedText name, String country, String code, Locale locale) {
                return new Hit(
                        key(),
                        id,
                        name.in(locale),
                        code,
                        "/observatory/indicators/"
                                + UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8));
            }
        };
    }
}
