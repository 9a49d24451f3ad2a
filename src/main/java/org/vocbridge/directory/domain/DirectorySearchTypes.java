package org.vocbridge.directory.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.search.LocalizedTextBinder;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** Registers organizations, people and alliances with the global search. */
@Configuration
class DirectorySearchTypes {

    @Bean
    SearchableType<Organization> searchableOrganizations(MessageSource messages) {
        return new SearchableType<>() {
            public String key() {
                return "organization";
            }

            public Class<Organization> entityClass() {
                return Organization.class;
            }

            public Hit describe(Object id, LocalizedText name, String countryCode, String kind, Locale locale) {
                String kindName = messages.getMessage("organization.kind." + kind, null, kind, locale);
                return new Hit(
                        key(),
                        id,
                        name.in(locale),
                        SearchableType.subtitle(kindName, SearchableType.countryName(countryCode, locale)),
                        "/organizations/" + id);
            }
        };
    }

    @Bean
    SearchableType<Person> searchablePeople() {
        return new SearchableType<>() {
            public String key() {
                return "person";
            }

            public Class<Person> entityClass() {
                return Person.class;
            }

            public Hit describe(Object id, LocalizedText name, String countryCode, String position, Locale locale) {
                String positionText = LocalizedTextBinder.fromJson(position).in(locale);
                return new Hit(
                        key(),
                        id,
                        name.in(locale),
                        positionText.isEmpty() ? SearchableType.countryName(countryCode, locale) : positionText,
                        "/people/" + id);
            }
        };
    }

    @Bean
    SearchableType<Alliance> searchableAlliances() {
        return new SearchableType<>() {
            public String key() {
                return "alliance";
            }

            public Class<Alliance> entityClass() {
                return Alliance.class;
            }

            public Hit describe(Object id, LocalizedText name, String countryCode, String acronym, Locale locale) {
                String subtitle = SearchableType.subtitle(acronym, SearchableType.countryName(countryCode, locale));
                return new Hit(key(), id, name.in(locale), subtitle, "/alliances/" + id);
            }
        };
    }
}
