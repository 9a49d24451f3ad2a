package org.vocbridge.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.OrderBy;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * The language-neutral codes a record is tagged with, which make records comparable across
 * languages: fields of education and training (ISCED-F 2013), occupations (ISCO-08) and ESCO
 * occupations by URI (whose ISCO-08 unit groups are among the occupations). Missing sets are
 * empty. Embedded in the records of every module that tags them; each names its own tables with
 * {@code @AssociationOverride}, and its index holds the fields {@code codes.field} and
 * {@code codes.occupation}, each code with every broader one.
 */
@Embeddable
public record Codes(
        @ElementCollection @OrderBy @Column(name = "code") Set<String> fields,

        @ElementCollection @OrderBy @Column(name = "code") Set<String> occupations,

        @ElementCollection @OrderBy @Column(name = "uri") Set<String> escoOccupations) {

    public static final Codes NONE = new Codes(null, null, null);

    /** Keeps the sets it is given (the database's own, when loaded), and empty ones for none. */
    public Codes {
        fields = fields == null ? new LinkedHashSet<>() : fields;
        occupations = occupations == null ? new LinkedHashSet<>() : occupations;
        escoOccupations = escoOccupations == null ? new LinkedHashSet<>() : escoOccupations;
    }

    /** Codes as written by a person: blanks dropped, the rest trimmed, in the order given. */
    public static Codes of(
            Collection<String> fields, Collection<String> occupations, Collection<String> escoOccupations) {
        return new Codes(cleaned(fields), cleaned(occupations), cleaned(escoOccupations));
    }

    /** A copy in sorted sets of its own, to hand out beyond the transaction that loaded it. */
    public Codes detached() {
        return new Codes(new TreeSet<>(fields), new TreeSet<>(occupations), new TreeSet<>(escoOccupations));
    }

    /** The same codes with other occupations. */
    public Codes withOccupations(Set<String> occupations) {
        return new Codes(fields, occupations, escoOccupations);
    }

    /** ISCED-F fields with every broader field, so that filtering by 07 finds 0715. */
    @KeywordField(name = "field", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "fields")))
    public Set<String> getFieldsWithAncestors() {
        return CodeHierarchy.withAncestors(fields, CodeHierarchy.ISCED_F_TOP);
    }

    /** ISCO-08 occupations with every broader group, so that filtering by 72 finds 7212. */
    @KeywordField(name = "occupation")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "occupations")))
    public Set<String> getOccupationsWithAncestors() {
        return CodeHierarchy.withAncestors(occupations, CodeHierarchy.ISCO_TOP);
    }

    private static Set<String> cleaned(Collection<String> codes) {
        Set<String> cleaned = new LinkedHashSet<>();
        if (codes != null) {
            codes.stream()
                    .filter(c -> c != null && !c.isBlank())
                    .map(String::strip)
                    .forEach(cleaned::add);
        }
        return cleaned;
    }
}
