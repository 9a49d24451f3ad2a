package org.vocbridge.library;

import org.vocbridge.shared.LocalizedText;

/**
 * A relation seen from one resource: {@code outgoing} when this resource implements or derives from
 * the other, incoming when the other implements or derives from this one.
 */
public record RelationSummary(
        long id, RelationType type, boolean outgoing, long otherId, ResourceKind otherKind, LocalizedText otherTitle) {}
