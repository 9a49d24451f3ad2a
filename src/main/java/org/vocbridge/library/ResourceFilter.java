package org.vocbridge.library;

import org.vocbridge.library.domain.Licence;
import org.vocbridge.library.domain.ResourceKind;
import org.vocbridge.library.domain.ResourceStatus;

/**
 * Filters of the library list; null means any. {@code field} is an ISCED-F code (a broad or narrow
 * field takes in the detailed fields under it), {@code occupation} an ISCO-08 code (a group takes
 * in the occupations under it), {@code language} the content language.
 */
public record ResourceFilter(
        ResourceKind kind,
        String country,
        String field,
        String occupation,
        String language,
        Licence licence,
        Long alliance,
        Long organization,
        ResourceStatus status,
        Sort sort) {

    public static final ResourceFilter NONE =
            new ResourceFilter(null, null, null, null, null, null, null, null, null, Sort.NEWEST);

    /** How the list is ordered; by relevance only when searching for words. */
    public enum Sort {
        RELEVANCE,
        NEWEST,
        DOWNLOADS,
        TITLE
    }
}
