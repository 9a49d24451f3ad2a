package org.vocbridge.events.domain;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** Registers events with the global search: found by their titles and descriptions in any language. */
@Configuration
class EventSearchTypes {

    @Bean
    SearchableType<Event> searchableEvents() {
        return new SearchableType<>() {
            public String key() {
                return "event";
            }

            public Class<Event> entityClass() {
                return Event.class;
            }

            public Hit describe(Object id, LocalizedText title, String country, String when, Locale locale) {
                return new Hit(key(), id, title.in(locale), when, "/events/" + id);
            }
        };
    }
}
