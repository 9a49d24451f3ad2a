package org.vocbridge.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of the current list, keeping its filters. A page's address counts pages
 * from 1 ({@code ?page=2} is the second), as readers do; lists count them from 0.
 */
@Component("pageLinks")
public class PageLinks {

    /** The list's page (from 0) that an address's {@code page} (from 1; anything less is the first) shows. */
    public static int fromAddress(int page) {
        return Math.max(page, 1) - 1;
    }

    /** The address of the list's page {@code page} (counted from 0). */
    public String page(int page) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        return org.springframework.web.util.UriComponentsBuilder.fromPath(current.getPath())
                .query(current.getQuery())
                .replaceQueryParam("page", page + 1)
                .build()
                .toUriString();
    }
}
