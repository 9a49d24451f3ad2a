package org.vocbridge.ventures.domain;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** Registers ventures with the global search: found by their names and pitches in any language. */
@Configuration
@RequiredArgsConstructor
class VentureSearchTypes {

    private final MessageSource messages;

    @Bean
    SearchableType<Venture> searchableVentures() {
        return new SearchableType<>() {
            public String key() {
                return "venture";
            }

            public Class<Venture> entityClass() {
                return Venture.class;
            }

            /** The detail is the kind and the stage, as indexed. */
            public Hit describe(Object id, LocalizedText name, String country, String detail, Locale locale) {
                String[] kindAndStage = detail.split(" ");
                return new Hit(
                        key(),
                        id,
                        name.in(locale),
                        SearchableType.subtitle(
                                messages.getMessage("venture.kind." + kindAndStage[0], null, locale),
                                messages.getMessage("venture.stage." + kindAndStage[1], null, locale),
                                SearchableType.countryName(country, locale)),
                        "/ventures/" + id);
            }
        };
    }
}
