package org.vocbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SearchableTypeTests {

    @Test
    void aHitsSubtitleLeavesOutWhatARecordDoesNotHave() {
        String noCountry = SearchableType.countryName(null, Locale.ENGLISH);

        assertThat(SearchableType.subtitle("Signed", "2024", SearchableType.countryName("KZ", Locale.ENGLISH)))
                .isEqualTo("Signed · 2024 · Kazakhstan");
        assertThat(SearchableType.subtitle("College", noCountry)).isEqualTo("College");
        assertThat(SearchableType.subtitle(null, "", SearchableType.countryName("RU", Locale.CHINESE)))
                .isEqualTo("俄罗斯");
    }
}
