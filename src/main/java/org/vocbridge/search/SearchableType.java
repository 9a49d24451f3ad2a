package org.vocbridge.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.vocbridge.shared.LocalizedText;

/**
 * A kind of record that the global search covers. A module registers one bean per indexed entity
 * class. The entity indexes its {@code name} and {@code description} with
 * {@link LocalizedTextBinder}, a projectable keyword field {@code country} (the one shown on its hit),
 * a multi-valued keyword field {@link #COUNTRIES} (every country it is found under), a projectable,
 * not searchable keyword field {@code detail} holding what its hits show under the title, and a
 * keyword field {@link #AUDIENCE} saying who may find it ({@link #EVERYONE}, or a module's own
 * audience such as an alliance's members, which the global search never shows); hits are then
 * described from the index alone, without loading the records.
 *
 * @param <T> the indexed entity class
 */
public interface SearchableType<T> {

    /** The index field saying who may find a record. */
    String AUDIENCE = "audience";

    /** The index field with every country a record is found under by the country filters. */
    String COUNTRIES = "countries";

    /** The audience of records anyone may find. */
    String EVERYONE = "public";

    /** A short stable key, for example {@code organization}; also the message key suffix. */
    String key();

    Class<T> entityClass();

    /**
     * A JPQL condition on the alias {@code e} that selects the records this type indexes, when it
     * indexes only some (for example, only signed agreements); null when every record is indexed.
     */
    default String indexedWhere() {
        return null;
    }

    /** A record found, as a hit in the reader's language, from what the index holds. */
    Hit describe(Object id, LocalizedText name, String country, String detail, Locale locale);

    /** The name of a country (ISO 3166 code) in the reader's language; empty for none. */
    static String countryName(String code, Locale locale) {
        return code == null ? "" : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** A hit's subtitle: the parts that are not empty, joined by a middle dot. */
    static String subtitle(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(" · "));
    }

    /**
     * One record found.
     *
     * @param url the page of the record
     * @param subtitle a line under the title (kind, country, …)
     */
    record Hit(String type, Object id, String title, String subtitle, String url) {}
}
