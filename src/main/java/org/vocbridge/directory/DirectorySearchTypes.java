package org.vocbridge.directory;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.directory.domain.Alliance;
import org.vocbridge.directory.domain.Organization;
import org.vocbridge.directory.domain.Person;
import org.vocbridge.search.SearchableType;

/** Registers organizations, people and alliances with the global search. */
@Configuration
class DirectorySearchTypes {

    private static String country(String code, Locale locale) {
        return code == null ? "" : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    @Bean
    SearchableType<Organization> organizationSearch(MessageSource messages) {
        return new SearchableType<>() {
            public String key() {
                return "organization";
            }

            public Class<Organization> entityClass() {
                return Organization.class;
            }

            public Hit describe(Organization o, Locale locale) {
                String kind = messages.getMessage("organization.kind." + o.kind(), null, locale);
                return new Hit(
                        key(),
                        o.id(),
                        o.name().in(locale),
                        kind + " · " + country(o.country(), locale),
                        "/organizations/" + o.id());
            }
        };
    }

    @Bean
    SearchableType<Person> personSearch() {
        return new SearchableType<>() {
            public String key() {
                return "person";
            }

            public Class<Person> entityClass() {
                return Person.class;
            }

            public Hit describe(Person p, Locale locale) {
                String position = p.position().in(locale);
                return new Hit(
                        key(),
                        p.id(),
                        p.name().in(locale),
                        position.isEmpty() ? country(p.country(), locale) : position,
                        "/people/" + p.id());
            }
        };
    }

    @Bean
    SearchableType<Alliance> allianceSearch() {
        return new SearchableType<>() {
            public String key() {
                return "alliance";
            }

            public Class<Alliance> entityClass() {
                return Alliance.class;
            }

            public Hit describe(Alliance a, Locale locale) {
                return new Hit(
                        key(), a.id(), a.name().in(locale), country(a.country(), locale), "/alliances/" + a.id());
            }
        };
    }
}
