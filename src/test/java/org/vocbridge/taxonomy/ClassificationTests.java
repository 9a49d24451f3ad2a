package org.vocbridge.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClassificationTests {

    private final Classification isco = Classification.load("ISCO-08", "/taxonomy/isco-08.tsv", 1);
    private final Classification isced = Classification.load("ISCED-F 2013", "/taxonomy/isced-f-2013.tsv", 2);
    private final Classification isic = Classification.load("ISIC Rev.4", "/taxonomy/isic-4.tsv", 1);

    @Test
    void isicHasItsSectionsAndTheirDivisionsWrittenAfterTheSectionsLetter() {
        assertThat(isic.atLevel(1)).hasSize(21);
        assertThat(isic.atLevel(2)).hasSize(88);
        assertThat(isic.children("C")).hasSize(24);
        assertThat(isic.find("C29").orElseThrow().parent()).isEqualTo("C");
        assertThat(isic.path("C29").stream().map(Category::code)).containsExactly("C", "C29");
        assertThat(isic.isWithin("C29", "C")).isTrue();
        assertThat(isic.isWithin("G45", "C")).isFalse();
        assertThat(isic.find("C29").orElseThrow().title().in(Locale.forLanguageTag("ru")))
                .isEqualTo("Производство автотранспортных средств, прицепов и полуприцепов");
        isic.all().forEach(c -> assertThat(c.title().missing(java.util.List.of("zh", "en", "ru")))
                .as(c.code())
                .isEmpty());
    }

    @Test
    void iscoHasAllFourLevels() {
        assertThat(isco.atLevel(1)).hasSize(10);
        assertThat(isco.atLevel(2)).hasSize(43);
        assertThat(isco.atLevel(3)).hasSize(130);
        assertThat(isco.atLevel(4)).hasSize(436);
        assertThat(isco.all()).hasSize(619);
    }

    @Test
    void everyCategoryBelowTheTopHasItsParent() {
        for (Classification classification : new Classification[] {isco, isced, isic}) {
            classification.all().stream().filter(c -> c.level() > 1).forEach(c -> assertThat(
                            classification.contains(c.parent()))
                    .as(c.code())
                    .isTrue());
        }
    }

    @Test
    void topLevelsAreNamedInChineseAndRussian() {
        isco.atLevel(1).forEach(c -> {
            assertThat(c.title().get("zh")).as(c.code()).isPresent();
            assertThat(c.title().get("ru")).as(c.code()).isPresent();
        });
        isced.atLevel(1).forEach(c -> assertThat(c.title().missing(java.util.List.of("zh", "en", "ru")))
                .as(c.code())
                .isEmpty());
        assertThat(isco.find("2320").orElseThrow().title().in(Locale.ENGLISH))
                .isEqualTo("Vocational education teachers");
    }

    @Test
    void everyIscedFieldAndIscoGroupIsNamedInChineseEnglishAndRussian() {
        assertThat(isced.all()).hasSizeGreaterThan(120);
        for (Classification classification : new Classification[] {isco, isced}) {
            classification.all().forEach(c -> assertThat(c.title().missing(java.util.List.of("zh", "en", "ru")))
                    .as(classification.name() + " " + c.code())
                    .isEmpty());
        }
        assertThat(isced.find("0715").orElseThrow().title().in(Locale.CHINESE)).isEqualTo("机械与金属加工");
        assertThat(isced.find("0715").orElseThrow().title().in(Locale.forLanguageTag("ru")))
                .isEqualTo("Механика и металлообработка");
        assertThat(isco.find("7212").orElseThrow().title().in(Locale.forLanguageTag("ru")))
                .isEqualTo("Сварщики и газорезчики");
    }

    @Test
    void pathsAndNestingFollowTheCodes() {
        assertThat(isced.path("0715").stream().map(Category::code)).containsExactly("07", "071", "0715");
        assertThat(isced.isWithin("0715", "07")).isTrue();
        assertThat(isced.isWithin("0715", "08")).isFalse();
        assertThat(isced.children("07").stream().map(Category::code)).containsExactly("071", "072", "073");
    }
}
