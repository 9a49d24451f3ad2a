package org.vocbridge.awards.domain;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** Registers award calls and published winners with the global search: found by their titles, rules and citations in any language. */
@Configuration
@RequiredArgsConstructor
class AwardsSearchTypes {

    private final MessageSource messages;

    @Bean
    SearchableType<AwardCall> searchableAwardCalls() {
        return new SearchableType<>() {
            public String key() {
                return "award_call";
            }

            public Class<AwardCall> entityClass() {
                return AwardCall.class;
            }

            /** The detail is the call's phase, as indexed. */
            public Hit describe(Object id, LocalizedText name, String country, String detail, Locale locale) {
                return new Hit(
                        key(),
                        id,
                        name.in(locale),
                        messages.getMessage("award.phase." + detail, null, detail, locale),
                        "/awards/" + id);
            }
        };
    }

    @Bean
    SearchableType<AwardEntry> searchableAwardWinners() {
        return new SearchableType<>() {
            public String key() {
                return "award_winner";
            }

            public Class<AwardEntry> entityClass() {
                return AwardEntry.class;
            }

            public String indexedWhere() {
                return "e.published = true";
            }

            /** The detail is the call's id and the category, as indexed. */
            public Hit describe(Object id, LocalizedText name, String country, String detail, Locale locale) {
                String[] parts = detail.split(":", 2);
                String category = parts.length > 1
                        ? messages.getMessage("award.category." + parts[1], null, parts[1], locale)
                        : "";
                return new Hit(
                        key(),
                        id,
                        name.in(locale),
                        SearchableType.subtitle(category, SearchableType.countryName(country, locale)),
                        "/awards/" + parts[0] + "#entry-" + id);
            }
        };
    }
}
