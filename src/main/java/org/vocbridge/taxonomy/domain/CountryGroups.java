package org.vocbridge.taxonomy.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.taxonomy.CountryGroupSummary;

/** Country groups such as the SCO members or ASEAN, kept as data; platform admins edit them. */
@Service
@RequiredArgsConstructor
public class CountryGroups {

    /** Groups are read on most pages, so kept for a minute (an edit on another node shows within it). */
    private static final long CACHE_NANOS = Duration.ofMinutes(1).toNanos();

    private final CountryGroupRepository groups;
    private final ReferenceCodes codes;
    private final AccountsApi accounts;
    private volatile Cached cached;

    private record Cached(List<CountryGroupSummary> groups, long loadedAt) {}

    /** Takes a database connection only when the kept groups are a minute old. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<CountryGroupSummary> all() {
        Cached current = cached;
        if (current == null || current.loadedAt() < System.nanoTime() - CACHE_NANOS) {
            current = new Cached(
                    groups.findAllWithMembers().stream()
                            .map(CountryGroups::summary)
                            .toList(),
                    System.nanoTime());
            cached = current;
        }
        return current.groups();
    }

    public Optional<CountryGroupSummary> find(String code) {
        return all().stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** Creates or replaces a group (platform admins); the change is audited. */
    @Transactional
    public CountryGroupSummary save(CurrentUser actor, CountryGroupSummary input) {
        actor.requireAdmin();
        InputCheck check = new InputCheck()
                .require("code", input.code())
                .require("name", input.name())
                .localized("name", input.name().values(), 300)
                .localized("description", input.description().values(), 10_000)
                .allKnown(
                        "members",
                        input.members().stream()
                                .map(CountryGroupSummary.Member::country)
                                .toList(),
                        codes::isCountry,
                        "error.country.unknown");
        input.members().stream()
                .filter(m -> m.from() != null && m.to() != null && m.to().isBefore(m.from()))
                .forEach(m -> check.reject("members", "error.dates.order"));
        if (input.code() != null && !input.code().matches("[a-z0-9-]{2,40}")) {
            check.reject("code", "error.code.format");
        }
        check.throwIfAny();
        CountryGroup group = groups.findById(input.code()).orElseGet(() -> new CountryGroup(input.code()));
        CountryGroupSummary before = group.version() == 0 && group.members().isEmpty() ? null : summary(group);
        group.rename(input.name(), input.description() == null ? LocalizedText.EMPTY : input.description());
        group.replaceMembers(input.members().stream()
                .map(m -> new CountryGroupMember(m.country(), m.from(), m.to()))
                .toList());
        CountryGroupSummary saved = summary(groups.saveAndFlush(group));
        accounts.audit(actor, before == null ? "create" : "update", "country-group", input.code(), before, saved);
        cached = null;
        return saved;
    }

    private static CountryGroupSummary summary(CountryGroup group) {
        return new CountryGroupSummary(
                group.code(),
                group.name(),
                group.description(),
                group.members().stream()
                        .map(m -> new CountryGroupSummary.Member(m.country(), m.validFrom(), m.validTo()))
                        .toList());
    }
}
