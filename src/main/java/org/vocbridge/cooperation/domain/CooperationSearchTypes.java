package org.vocbridge.cooperation.domain;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** Registers signed (public) agreements with the global search. */
@Configuration
class CooperationSearchTypes {

    @Bean
    SearchableType<Agreement> searchableAgreements(MessageSource messages) {
        return new SearchableType<>() {
            public String key() {
                return "agreement";
            }

            public Class<Agreement> entityClass() {
                return Agreement.class;
            }

            public String indexedWhere() {
                return AgreementStatus.PUBLIC.stream()
                        .map(s -> AgreementStatus.class.getName() + "." + s.name())
                        .collect(Collectors.joining(", ", "e.status in (", ")"));
            }

            public Hit describe(Object id, LocalizedText title, String country, String detail, Locale locale) {
                String[] parts = detail == null ? new String[] {""} : detail.split("\\|");
                String status = messages.getMessage("agreement.status." + parts[0], null, parts[0], locale);
                String year = parts.length > 1 ? parts[1] : "";
                String subtitle = SearchableType.subtitle(status, year, SearchableType.countryName(country, locale));
                return new Hit(key(), id, title.in(locale), subtitle, "/agreements/" + id);
            }
        };
    }
}
