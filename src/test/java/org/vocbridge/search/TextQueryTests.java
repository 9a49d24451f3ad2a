package org.vocbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQueryTests {

    @Test
    void onlyLatinAndCyrillicWordsOfFourLettersOrMoreAreMatchedWithTypos() {
        assertThat(TextQuery.toleratesTypos("weldng")).isTrue();
        assertThat(TextQuery.toleratesTypos("\"Polytechnik\""))
                .as("inside a phrase")
                .isTrue();
        assertThat(TextQuery.toleratesTypos("колеж")).isTrue();
        assertThat(TextQuery.toleratesTypos("Tianjn~2")).as("syntax left out").isTrue();
        assertThat(TextQuery.toleratesTypos("Lao ITC")).as("short words").isFalse();
        assertThat(TextQuery.toleratesTypos("0715 ISCO08")).as("codes").isFalse();
        assertThat(TextQuery.toleratesTypos("-welding")).as("a word left out").isFalse();
        assertThat(TextQuery.toleratesTypos("职业教育 college")).as("Chinese text").isFalse();
        assertThat(TextQuery.toleratesTypos("อาชีวศึกษา")).as("Thai").isFalse();
        // the bounded query only: an eleventh word is never searched
        assertThat(TextQuery.toleratesTypos("a b c d e f g h i j welding")).isFalse();
    }
}
