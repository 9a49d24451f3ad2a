package org.vocbridge.search;

import java.util.Locale;

/**
 * A kind of record that the global search covers. A module registers one bean per indexed entity
 * class; the entity indexes its {@code name} and {@code description} with
 * {@link LocalizedTextBinder} and a keyword field {@code country}.
 *
 * @param <T> the indexed entity class
 */
public interface SearchableType<T> {

    /** A short stable key, for example {@code organization}; also the message key suffix. */
    String key();

    Class<T> entityClass();

    /** The record as a search hit, in the reader's language. */
    Hit describe(T entity, Locale locale);

    /**
     * One record found.
     *
     * @param url the page of the record
     * @param subtitle a line under the title (kind, country, …)
     */
    record Hit(String type, Object id, String title, String subtitle, String url) {}
}
