package org.vocbridge.library.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.vocbridge.library.RelationType;

/** One resource implements, or was derived from, another. */
@Entity
@Table(name = "library_relation")
@Getter
class ResourceRelation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fromId;

    private long toId;

    @Enumerated(EnumType.STRING)
    private RelationType type;

    protected ResourceRelation() {}

    ResourceRelation(long fromId, long toId, RelationType type) {
        this.fromId = fromId;
        this.toId = toId;
        this.type = type;
    }
}
