package org.vocbridge.events.domain;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.OrganizationMentions;
import org.vocbridge.shared.security.CurrentUser;

/** The events an organization hosts, for its page: the coming ones first, then the latest past ones. */
@Component
@RequiredArgsConstructor
class EventMentions implements OrganizationMentions {

    private final Events events;
    private final MessageSource messages;

    @Override
    public String heading() {
        return "organization.events";
    }

    @Override
    public String listUrl(long organizationId) {
        return "/events?when=PAST&organization=" + organizationId;
    }

    @Override
    public List<Mention> of(long organizationId, CurrentUser reader, Locale locale) {
        return java.util.stream.Stream.of(Events.When.UPCOMING, Events.When.PAST)
                .flatMap(when -> events.list(when, null, organizationId, 0, SHOWN).items().stream())
                .limit(SHOWN)
                .map(e -> new Mention(
                        e.title(),
                        "/events/" + e.id(),
                        messages.getMessage("event.kind." + e.kind(), null, locale)
                                + (e.startsAt() == null
                                        ? ""
                                        : " · " + e.startsAt().toLocalDate()),
                        e.demo()))
                .toList();
    }
}
