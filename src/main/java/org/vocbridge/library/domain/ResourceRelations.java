package org.vocbridge.library.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.accounts.AccountsApi;
import org.vocbridge.library.RelationSummary;
import org.vocbridge.library.RelationType;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.NotFoundException;
import org.vocbridge.shared.security.CurrentUser;

/**
 * How resources relate: a course implements a course standard, which implements an occupational
 * standard; one resource derives from another. A standard's chain lists, level by level, what
 * implements it down to the courses; only what the reader may see is shown.
 */
@Service
@RequiredArgsConstructor
public class ResourceRelations {

    /** Standards implement standards at most two levels deep; a little more is allowed for curricula. */
    static final int CHAIN_DEPTH = 4;

    private final ResourceRelationRepository relations;
    private final ResourceRepository resources;
    private final ResourceAccess access;
    private final AccountsApi accounts;

    /** A relation to add: this resource {@code type} the resource {@code toId}. */
    public record RelationDraft(RelationType type, Long toId) {}

    /** One resource in a standard's chain, with what implements it. */
    public record ChainNode(long id, ResourceKind kind, LocalizedText title, List<ChainNode> implementedBy) {}

    @Transactional(readOnly = true)
    public List<RelationSummary> of(CurrentUser user, long resourceId) {
        access.requireVisible(user, resourceId);
        ResourceAccess.Reader reader = access.reader(user);
        List<ResourceRelation> outgoing = relations.findByFromId(resourceId);
        List<ResourceRelation> incoming = relations.findByToIdIn(List.of(resourceId));
        Set<Long> others = new HashSet<>();
        outgoing.forEach(r -> others.add(r.toId()));
        incoming.forEach(r -> others.add(r.fromId()));
        Map<Long, Resource> visible = resources.findAllById(others).stream()
                .filter(reader::sees)
                .collect(Collectors.toMap(Resource::id, Function.identity()));
        List<RelationSummary> out = new ArrayList<>();
        for (ResourceRelation r : outgoing) {
            Resource other = visible.get(r.toId());
            if (other != null) {
                out.add(new RelationSummary(r.id(), r.type(), true, other.id(), other.kind(), other.title()));
            }
        }
        for (ResourceRelation r : incoming) {
            Resource other = visible.get(r.fromId());
            if (other != null) {
                out.add(new RelationSummary(r.id(), r.type(), false, other.id(), other.kind(), other.title()));
            }
        }
        return out;
    }

    @Transactional
    public RelationSummary add(CurrentUser actor, long fromId, RelationDraft draft) {
        Resource from = access.requireOwned(actor, fromId);
        InputCheck check = new InputCheck().require("type", draft.type()).require("toId", draft.toId());
        check.throwIfAny();
        Resource to = resources.findById(draft.toId()).orElse(null);
        if (to == null || !access.reader(actor).sees(to) || to.id().equals(from.id())) {
            check.reject("toId", "error.resource.unknown").throwIfAny();
        }
        if (!draft.type().allows(from.kind(), to.kind())) {
            check.reject("type", "error.relation.kinds", from.kind(), to.kind()).throwIfAny();
        }
        if (relations.existsByFromIdAndToIdAndType(fromId, to.id(), draft.type())) {
            check.reject("toId", "error.relation.exists").throwIfAny();
        }
        if (reaches(to.id(), fromId)) {
            check.reject("toId", "error.relation.cycle").throwIfAny();
        }
        ResourceRelation relation = relations.save(new ResourceRelation(fromId, to.id(), draft.type()));
        RelationSummary after =
                new RelationSummary(relation.id(), relation.type(), true, to.id(), to.kind(), to.title());
        accounts.audit(actor, "relate", "resource", fromId, null, after);
        return after;
    }

    /** Whether following relations from {@code start} leads back to {@code target}. */
    private boolean reaches(long start, long target) {
        Set<Long> seen = new HashSet<>();
        List<Long> frontier = List.of(start);
        while (!frontier.isEmpty()) {
            if (frontier.contains(target)) {
                return true;
            }
            List<Long> next = new ArrayList<>();
            for (long id : frontier) {
                if (seen.add(id)) {
                    relations.findByFromId(id).forEach(r -> next.add(r.toId()));
                }
            }
            frontier = next;
        }
        return false;
    }

    @Transactional
    public void remove(CurrentUser actor, long fromId, long relationId) {
        access.requireOwned(actor, fromId);
        ResourceRelation relation = relations
                .findById(relationId)
                .filter(r -> r.fromId() == fromId)
                .orElseThrow(() -> new NotFoundException("Relation", relationId));
        relations.delete(relation);
        accounts.audit(actor, "unrelate", "resource", fromId, relationId, null);
    }

    /** What implements the resource, level by level, as far as the reader may see. */
    @Transactional(readOnly = true)
    public ChainNode chain(CurrentUser user, long resourceId) {
        Resource root = access.requireVisible(user, resourceId);
        ResourceAccess.Reader reader = access.reader(user);
        return node(root, reader, new HashSet<>(Set.of(root.id())), CHAIN_DEPTH);
    }

    private ChainNode node(Resource resource, ResourceAccess.Reader reader, Set<Long> seen, int depth) {
        List<ChainNode> below = new ArrayList<>();
        if (depth > 0) {
            List<Long> implementers = relations.findByToIdIn(List.of(resource.id())).stream()
                    .filter(r -> r.type() == RelationType.IMPLEMENTS)
                    .map(ResourceRelation::fromId)
                    .filter(seen::add)
                    .toList();
            resources.findAllById(implementers).stream()
                    .filter(reader::sees)
                    .sorted(java.util.Comparator.comparing(Resource::kind).thenComparing(Resource::id))
                    .forEach(r -> below.add(node(r, reader, seen, depth - 1)));
        }
        return new ChainNode(resource.id(), resource.kind(), resource.title(), below);
    }
}
