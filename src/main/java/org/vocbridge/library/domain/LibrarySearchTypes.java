package org.vocbridge.library.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.library.ResourceStatus;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/**
 * Registers published resources with the search; the global search shows the public ones, the
 * library's own search also those for the reader's alliances.
 */
@Configuration
class LibrarySearchTypes {

    @Bean
    SearchableType<Resource> searchableResources(MessageSource messages) {
        return new SearchableType<>() {
            public String key() {
                return "resource";
            }

            public Class<Resource> entityClass() {
                return Resource.class;
            }

            public String indexedWhere() {
                return "e.status = " + ResourceStatus.class.getName() + ".PUBLISHED";
            }

            public Hit describe(Object id, LocalizedText title, String country, String detail, Locale locale) {
                String kind = messages.getMessage("resource.kind." + detail, null, detail, locale);
                String subtitle = SearchableType.subtitle(kind, SearchableType.countryName(country, locale));
                return new Hit(key(), id, title.in(locale), subtitle, "/library/" + id);
            }
        };
    }
}
