package org.vocbridge.cooperation.domain;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vocbridge.directory.OrganizationMentions;
import org.vocbridge.shared.security.CurrentUser;

/** The agreements an organization is a party to, for its page. */
@Component
@RequiredArgsConstructor
class AgreementMentions implements OrganizationMentions {

    private final AgreementQueries agreements;
    private final MessageSource messages;

    @Override
    public String heading() {
        return "organization.agreements";
    }

    @Override
    public String listUrl(long organizationId) {
        return "/agreements?organization=" + organizationId;
    }

    @Override
    public List<Mention> of(long organizationId, CurrentUser reader, Locale locale) {
        return agreements
                .list(new AgreementFilter(organizationId, null, null, null, null, null, null), 0, SHOWN, reader)
                .items()
                .stream()
                .map(a -> new Mention(
                        a.title(),
                        "/agreements/" + a.id(),
                        messages.getMessage("agreement.status." + a.status(), null, locale)
                                + (a.signedOn() == null
                                        ? ""
                                        : " · " + a.signedOn().getYear()),
                        a.demo()))
                .toList();
    }
}
