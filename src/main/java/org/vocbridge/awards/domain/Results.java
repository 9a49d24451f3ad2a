package org.vocbridge.awards.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The winners of a call, chosen by its secretariat from the ranking before the results are
 * published, each with a place, a prize and a citation in any languages, and a certificate code
 * anyone can check once the results are out.
 */
@Service
@RequiredArgsConstructor
public class Results {

    private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_WINNERS = 200;

    private final AwardEntryRepository entries;
    private final AwardAccess access;
    private final AccountsApi accounts;
    private final EntryViews views;
    private final AwardCalls calls;

    /**
     * A winner as chosen.
     *
     * @param place from 1; several winners may share a place
     */
    public record WinnerDraft(Long entryId, Integer place, Map<String, String> prize, Map<String, String> citation) {}

    /** A published winner's certificate, as anyone may check it. */
    public record Certificate(String code, EntrySummary entry, CallSummary call) {}

    /** Sets the call's winners (replacing those chosen before), until the results are published. */
    @Transactional
    public List<EntrySummary> choose(CurrentUser user, long callId, List<WinnerDraft> winners) {
        AwardCall call = access.requireManager(user, callId);
        InputCheck check = new InputCheck();
        if (call.phase() != AwardPhase.REVIEW && call.phase() != AwardPhase.FINAL) {
            check.reject("winners", "error.award.phase", call.phase()).throwIfAny();
        }
        List<WinnerDraft> list = winners == null ? List.of() : winners;
        if (list.size() > MAX_WINNERS) {
            check.reject("winners", "error.tooMany", MAX_WINNERS).throwIfAny();
        }
        Map<Long, AwardEntry> byId = new java.util.HashMap<>();
        entries.findByCallIdOrderByIdAsc(callId).forEach(e -> byId.put(e.id(), e));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            WinnerDraft w = list.get(i);
            String field = "winners[" + i + "]";
            AwardEntry entry = w == null || w.entryId() == null ? null : byId.get(w.entryId());
            if (entry == null || !entry.eligible() || (call.phase() == AwardPhase.FINAL && !entry.finalist())) {
                check.reject(field + ".entryId", "error.award.winnerEntry");
                continue;
            }
            if (!seen.add(entry.id())) {
                check.reject(field + ".entryId", "error.award.winnerTwice");
            }
            if (w.place() == null || w.place() < 1 || w.place() > MAX_WINNERS) {
                check.reject(field + ".place", "error.award.range", 1, MAX_WINNERS);
            }
            check.requireText(field + ".prize", w.prize());
            check.localized(field + ".prize", w.prize(), 200);
            check.localized(field + ".citation", w.citation(), 4000);
        }
        check.throwIfAny();
        Instant now = Instant.now();
        byId.values().forEach(e -> e.award(null, null, null, null, now));
        for (WinnerDraft w : list) {
            byId.get(w.entryId())
                    .award(w.place(), LocalizedText.of(w.prize()), LocalizedText.of(w.citation()), code(), now);
        }
        entries.flush();
        accounts.audit(user, "winners", "award-call", callId, null, Map.of("winners", list.size()));
        return views.forSecretariat(entries.findByCallIdOrderByIdAsc(callId).stream()
                .filter(e -> e.place() != null)
                .sorted(java.util.Comparator.comparing(AwardEntry::place).thenComparing(AwardEntry::id))
                .toList());
    }

    /** A published winner's certificate. */
    @Transactional(readOnly = true)
    public Certificate certificate(String code, CurrentUser reader) {
        AwardEntry entry = (code == null
                        ? java.util.Optional.<AwardEntry>empty()
                        : entries.findByCertificateCode(code.strip().toUpperCase(java.util.Locale.ROOT)))
                .filter(AwardEntry::published)
                .orElseThrow(() -> new NotFoundException("Certificate", code));
        return new Certificate(
                entry.certificateCode(), views.full(List.of(entry)).get(0), calls.get(reader, entry.callId()));
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
        }
        return code.toString();
    }
}
