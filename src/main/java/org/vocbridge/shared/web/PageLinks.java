package org.vocbridge.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to another page of the current list, keeping its filters. */
@Component("pageLinks")
public class PageLinks {

    public String page(int page) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        return org.springframework.web.util.UriComponentsBuilder.fromPath(current.getPath())
                .query(current.getQuery())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
