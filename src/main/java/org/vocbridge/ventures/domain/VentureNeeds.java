package org.vocbridge.ventures.domain;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.ConcurrentEditException;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.ResultPage;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.NeedChanged;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;
import org.vocbridge.ventures.NeedSummary;

/**
 * What ventures need. Everyone reads the needs; a venture's keepers write them, each change
 * confirms its needs and is published ({@link NeedChanged}) for the matching of demand and offers.
 */
@Service
@RequiredArgsConstructor
public class VentureNeeds {

    static final int MAX_NEEDS = 30;
    static final int DESCRIPTION_MAX = 1_000;

    private final NeedRepository needs;
    private final VentureAccess access;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public List<NeedSummary> of(long ventureId) {
        access.require(ventureId);
        return needs.findByVentureIdOrderByIdAsc(ventureId).stream()
                .map(Need::summary)
                .toList();
    }

    /** The needs still sought (open or being talked over), of one kind or all, the latest changed first. */
    @Transactional(readOnly = true)
    public ResultPage<NeedSummary> sought(NeedKind kind, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, Ventures.MAX_PAGE_SIZE)));
        var found = needs.withStatus(List.of(NeedStatus.OPEN, NeedStatus.IN_DISCUSSION), kind, request);
        return new ResultPage<>(
                found.getContent().stream().map(Need::summary).toList(),
                request.getPageNumber(),
                request.getPageSize(),
                found.getTotalElements());
    }

    /** A need, whatever its status: needs are public, as the list of those sought is. */
    @Transactional(readOnly = true)
    public Optional<NeedSummary> find(long needId) {
        return needs.findById(needId).map(Need::summary);
    }

    @Transactional
    public NeedSummary add(CurrentUser user, long ventureId, NeedDraft draft) {
        Venture venture = access.kept(user, ventureId);
        check(draft);
        if (needs.findByVentureIdOrderByIdAsc(ventureId).size() >= MAX_NEEDS) {
            new InputCheck()
                    .reject("kind", "error.venture.needsFull", MAX_NEEDS)
                    .throwIfAny();
        }
        Need need = new Need(ventureId);
        need.apply(draft);
        needs.save(need);
        return changed(user, venture, need);
    }

    @Transactional
    public NeedSummary update(CurrentUser user, long ventureId, long needId, NeedDraft draft) {
        Venture venture = access.kept(user, ventureId);
        Need need = require(ventureId, needId);
        InputCheck.requireVersion(draft.version());
        check(draft);
        if (need.version() != draft.version()) {
            throw new ConcurrentEditException("Need", needId);
        }
        need.apply(draft);
        needs.flush();
        return changed(user, venture, need);
    }

    /** Marks how far the need is (met, withdrawn, open again), the rest of it unchanged. */
    @Transactional
    public NeedSummary changeStatus(CurrentUser user, long ventureId, long needId, NeedStatus status) {
        Venture venture = access.kept(user, ventureId);
        Need need = require(ventureId, needId);
        new InputCheck().require("status", status).throwIfAny();
        need.apply(new NeedDraft(
                need.kind(), need.description(), need.amount(), need.currency(), need.quantity(), status, null));
        needs.flush();
        return changed(user, venture, need);
    }

    @Transactional
    public void remove(CurrentUser user, long ventureId, long needId) {
        Venture venture = access.kept(user, ventureId);
        Need need = require(ventureId, needId);
        needs.delete(need);
        venture.confirm(FieldGroup.NEEDS);
        events.publishEvent(new NeedChanged(needId, ventureId, need.kind(), null, user));
    }

    private NeedSummary changed(CurrentUser user, Venture venture, Need need) {
        venture.confirm(FieldGroup.NEEDS);
        events.publishEvent(new NeedChanged(need.id(), venture.id(), need.kind(), need.status(), user));
        return need.summary();
    }

    private Need require(long ventureId, long needId) {
        return needs.findById(needId)
                .filter(n -> n.ventureId() == ventureId)
                .orElseThrow(() -> new NotFoundException("Need", needId));
    }

    private static void check(NeedDraft d) {
        InputCheck check = new InputCheck();
        check.require("kind", d.kind());
        check.requireText("description", d.description());
        check.localized("description", d.description(), DESCRIPTION_MAX);
        check.money("amount", d.amount(), "currency", d.currency());
        if (d.kind() != null && !d.kind().inMoney() && (d.amount() != null || d.currency() != null)) {
            check.reject("amount", "error.venture.needAmount");
        }
        if (d.kind() != null && d.kind().inMoney() && d.quantity() != null) {
            check.reject("quantity", "error.venture.needQuantity");
        }
        if (d.quantity() != null && (d.quantity() < 1 || d.quantity() > 1_000_000)) {
            check.reject("quantity", "error.venture.quantity");
        }
        check.throwIfAny();
    }
}
