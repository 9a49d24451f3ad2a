package org.vocbridge.search;

import java.util.Set;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * The superclass of an indexed record that everyone may find and that has no country of its own
 * (an indicator, a survey): its {@link SearchableType#AUDIENCE} is {@link SearchableType#EVERYONE},
 * and its {@code country} and {@link SearchableType#COUNTRIES} fields are empty, so the country
 * filters pass it by. It holds no persistent state.
 */
public abstract class FoundByEveryone {

    @KeywordField(name = SearchableType.AUDIENCE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchAudience() {
        return SearchableType.EVERYONE;
    }

    @KeywordField(name = "country", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchCountry() {
        return null;
    }

    @KeywordField(name = SearchableType.COUNTRIES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Set<String> getSearchCountries() {
        return Set.of();
    }
}
