package org.vocbridge.events.domain;

import java.util.List;
import java.util.Map;

/**
 * A booth as written: by the event's organizers, who give it to an organization, and by that
 * organization's editors, who arrange its showcase. Edits send the version read.
 *
 * @param organizationId the organization showing (directory); fixed once the booth exists
 * @param resources library resources the organization owns, in the order shown
 * @param agreements agreements the organization is a party to, in the order shown
 * @param ventures ventures that are the organization or that its graduates founded, in the order shown
 */
public record BoothDraft(
        Long organizationId,
        Map<String, String> title,
        Map<String, String> description,
        List<Long> resources,
        List<Long> agreements,
        List<Long> ventures,
        Long version) {

    public BoothDraft {
        title = title == null ? Map.of() : title;
        description = description == null ? Map.of() : description;
        resources = resources == null ? List.of() : resources;
        agreements = agreements == null ? List.of() : agreements;
        ventures = ventures == null ? List.of() : ventures;
    }
}
