package org.vocbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    @Test
    void acceptsAnyWellFormedLanguageTagAndRejectsTheRest() {
        for (String tag : List.of("zh", "en", "ru", "kk", "uz", "th", "lo", "km", "zh-Hant", "sr-Latn", "zh_CN")) {
            assertThat(LocalizedText.isValidTag(tag)).as(tag).isTrue();
        }
        for (String tag : List.of("", " ", "english!", "x", "123", "zh--CN", "<script>")) {
            assertThat(LocalizedText.isValidTag(tag)).as(tag).isFalse();
        }
        assertThatThrownBy(() -> LocalizedText.of("not a tag", "text")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTagWrittenByAUserMustNameALanguageThereIs() {
        for (String tag :
                List.of("zh", "zh-Hant", "ru", "kk", "ky", "tg", "uz", "mn", "th", "lo", "km", "my", "fil", "yue")) {
            assertThat(LocalizedText.isKnownLanguageTag(tag)).as(tag).isTrue();
        }
        for (String tag : List.of("xx-not-a-language", "xx", "qqq", "english!", "")) {
            assertThat(LocalizedText.isKnownLanguageTag(tag)).as(tag).isFalse();
        }
    }

    @Test
    void normalizesTagsAndDropsBlankTexts() {
        LocalizedText text = LocalizedText.of(Map.of("ZH_cn", " 职业教育 ", "en", "  "));
        assertThat(text.values()).containsExactly(Map.entry("zh-CN", "职业教育"));
    }

    @Test
    void resolvesTheReadersLanguageThenTheSameLanguageInAnotherRegion() {
        LocalizedText text = LocalizedText.of("zh-CN", "长江工坊", "ru", "Мастерская «Янцзы»");
        assertThat(text.resolve(Locale.forLanguageTag("zh")))
                .isEqualTo(new LocalizedText.Resolved("长江工坊", "zh-CN", false));
        assertThat(text.resolve(Locale.forLanguageTag("ru")).fallback()).isFalse();
    }

    @Test
    void fallsBackVisiblyInTheOrderEnglishChineseRussian() {
        LocalizedText text = LocalizedText.of("ru", "Альянс", "zh", "联盟");
        LocalizedText.Resolved forKazakh = text.resolve(Locale.forLanguageTag("kk"));
        assertThat(forKazakh.text()).isEqualTo("联盟");
        assertThat(forKazakh.fallback()).isTrue();
        assertThat(LocalizedText.of("lo", "ວຽງຈັນ").resolve(Locale.ENGLISH))
                .isEqualTo(new LocalizedText.Resolved("ວຽງຈັນ", "lo", true));
    }

    @Test
    void tellsWhichExpectedLanguagesAreMissing() {
        LocalizedText text = LocalizedText.of("zh-Hans", "职业", "en", "Vocational");
        assertThat(text.missing(List.of("zh", "en", "ru"))).containsExactly("ru");
    }
}
