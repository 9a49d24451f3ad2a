package org.vocbridge.library.domain;

import jakarta.persistence.Embeddable;
import lombok.Getter;

/** An external link of a resource (where the course runs, the standard's official page). */
@Embeddable
@Getter
class ResourceLink {

    private String url;

    private String label;

    protected ResourceLink() {}

    ResourceLink(String url, String label) {
        this.url = url;
        this.label = label;
    }
}
