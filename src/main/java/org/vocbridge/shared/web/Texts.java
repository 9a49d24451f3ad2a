package org.vocbridge.shared.web;

import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.vocbridge.shared.LocalizedText;

/**
 * What templates use to show multilingual content: {@code ${@texts.of(org.name)}} gives the text
 * in the reader's language, and tells when another language stands in.
 */
@Component("texts")
public class Texts {

    /** The languages every record should have. */
    public static final List<String> EXPECTED_LANGUAGES = List.of("zh", "en", "ru");

    public LocalizedText.Resolved of(LocalizedText text) {
        return (text == null ? LocalizedText.EMPTY : text).resolve(locale());
    }

    public LocalizedText.Resolved of(Map<String, String> text) {
        return of(LocalizedText.of(text));
    }

    public Set<String> missing(LocalizedText text) {
        return text.missing(EXPECTED_LANGUAGES);
    }

    /** The name of a language in the reader's language, for example 俄语 for ru. */
    public String language(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayName(locale());
        return name.isBlank() ? tag : name;
    }

    public String languages(Collection<String> tags) {
        return String.join(", ", tags.stream().map(this::language).toList());
    }

    /** A country's name in the reader's language; what is not a country code is shown as it is. */
    public String country(String code) {
        if (code == null) {
            return "";
        }
        try {
            return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale());
        } catch (IllformedLocaleException notACountry) {
            return code;
        }
    }

    /** A sum in its currency, written the reader's way: CN¥1.2 million in English digits, tenge with spaces in Russian. */
    public String money(java.math.BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale());
        try {
            format.setCurrency(java.util.Currency.getInstance(currency));
        } catch (IllegalArgumentException unknown) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
