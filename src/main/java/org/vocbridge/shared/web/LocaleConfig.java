package org.vocbridge.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The UI speaks Chinese (Simplified), English and Russian. The reader's choice ({@code ?lang=})
 * is remembered in a cookie; without one, the browser's Accept-Language decides.
 */
@Configuration
public class LocaleConfig implements WebMvcConfigurer {

    public static final List<Locale> UI_LOCALES =
            List.of(Locale.forLanguageTag("zh"), Locale.ENGLISH, Locale.forLanguageTag("ru"));

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("vocbridge-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            if (header != null && !header.isBlank()) {
                try {
                    Locale best = Locale.lookup(Locale.LanguageRange.parse(header), UI_LOCALES);
                    if (best != null) {
                        return best;
                    }
                } catch (IllegalArgumentException ignored) {
                    // a malformed header falls back to English
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale wanted = Locale.forLanguageTag(localeValue);
                return UI_LOCALES.stream()
                        .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                        .findFirst()
                        .orElse(null);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
