package org.vocbridge.library.domain;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.OrganizationMentions;
import org.vocbridge.shared.security.CurrentUser;

/** The library resources an organization owns, for its page. */
@Component
@RequiredArgsConstructor
class ResourceMentions implements OrganizationMentions {

    private final ResourceQueries resources;
    private final MessageSource messages;

    @Override
    public String heading() {
        return "organization.resources";
    }

    @Override
    public String listUrl(long organizationId) {
        return "/library?organization=" + organizationId;
    }

    @Override
    public List<Mention> of(long organizationId, CurrentUser reader, Locale locale) {
        return resources
                .find(
                        null,
                        new ResourceFilter(null, null, null, null, null, null, null, organizationId, null, null),
                        0,
                        SHOWN,
                        reader)
                .items()
                .stream()
                .map(r -> new Mention(
                        r.title(),
                        "/library/" + r.id(),
                        messages.getMessage("resource.kind." + r.kind(), null, locale),
                        r.demo()))
                .toList();
    }
}
