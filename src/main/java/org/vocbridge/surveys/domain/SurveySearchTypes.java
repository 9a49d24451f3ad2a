package org.vocbridge.surveys.domain;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vocbridge.search.SearchableType;
import org.vocbridge.shared.LocalizedText;

/** Registers surveys with the global search: found by their titles and descriptions in any language. */
@Configuration
class SurveySearchTypes {

    @Bean
    SearchableType<Survey> searchableSurveys() {
        return new SearchableType<>() {
            public String key() {
                return "survey";
            }

            public Class<Survey> entityClass() {
                return Survey.class;
            }

            public Hit describe(Object id, LocalizedText title, String country, String formId, Locale locale) {
                return new Hit(key(), id, title.in(locale), formId, "/surveys/" + formId);
            }
        };
    }
}
