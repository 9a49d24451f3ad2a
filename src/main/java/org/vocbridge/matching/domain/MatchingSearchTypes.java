package org.vocbridge.matching.domain;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.taxonomy.TaxonomyApi;

/** Registers open demands and offers with the global search: found by their titles and descriptions in any language. */
@Configuration
@RequiredArgsConstructor
class MatchingSearchTypes {

    private final MessageSource messages;
    private final TaxonomyApi taxonomy;

    @Bean
    SearchableType<Demand> searchableDemands() {
        return new SearchableType<>() {
            public String key() {
                return "demand";
            }

            public Class<Demand> entityClass() {
                return Demand.class;
            }

            /** The detail is the kind of demand, as indexed. */
            public Hit describe(Object id, LocalizedText name, String country, String detail, Locale locale) {
                return new Hit(
                        key(),
                        id,
                        name.in(locale),
                        SearchableType.subtitle(
                                messages.getMessage("matching.kind." + detail, null, locale),
                                SearchableType.countryName(country, locale)),
                        "/matching/demands/" + id);
            }
        };
    }

    @Bean
    SearchableType<Offer> searchableOffers() {
        return new SearchableType<>() {
            public String key() {
                return "offer";
            }

            public Class<Offer> entityClass() {
                return Offer.class;
            }

            /** The detail is the offer's ISCED-F field, as indexed, named in the reader's language. */
            public Hit describe(Object id, LocalizedText name, String country, String detail, Locale locale) {
                String field = detail == null || detail.isEmpty()
                        ? ""
                        : taxonomy.iscedF()
                                .find(detail)
                                .map(c -> detail + " " + c.title().in(locale))
                                .orElse(detail);
                return new Hit(
                        key(),
                        id,
                        name.in(locale),
                        SearchableType.subtitle(field, SearchableType.countryName(country, locale)),
                        "/matching/offers/" + id);
            }
        };
    }
}
