package org.vocbridge.ventures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vocbridge.directory.OrganizationLabel;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;
import org.vocbridge.ventures.VentureSummary;

class CompletenessTests {

    private static VentureSummary venture(VentureKind kind, LocalizedText name, String website, Integer readiness) {
        return new VentureSummary(
                1,
                0,
                kind,
                null,
                name,
                LocalizedText.of("en", "Pitch", "zh", "简介", "ru", "Описание"),
                List.of(),
                website,
                "KZ",
                "Almaty",
                LocalDate.of(2024, 1, 1),
                null,
                null,
                "A",
                List.of(2),
                VentureStage.BUILD,
                readiness,
                null,
                new OrganizationLabel(5, LocalizedText.of("en", "College"), "KZ"),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                false,
                Instant.now(),
                Instant.now(),
                List.of(),
                false);
    }

    @Test
    void aRecordWithEverythingIsWhole() {
        var whole = Completeness.of(
                venture(VentureKind.VENTURE, LocalizedText.of("en", "A", "zh", "甲", "ru", "А"), "https://a.kz", null),
                2,
                1);
        assertThat(whole.percent()).isEqualTo(100);
        assertThat(whole.missing()).isEmpty();
    }

    @Test
    void whatIsMissingIsNamedInTheOrderOfTheForm() {
        var partial = Completeness.of(venture(VentureKind.INNOVATION, LocalizedText.of("en", "A"), null, null), 0, 0);
        assertThat(partial.missing())
                .containsExactly(
                        "venture.missing.name.zh",
                        "venture.missing.name.ru",
                        "venture.missing.website",
                        "venture.missing.team",
                        "venture.missing.outcomes",
                        "venture.missing.readinessLevel");
        // 15 items for an innovation, 6 missing
        assertThat(partial.percent()).isEqualTo(60);
    }
}
