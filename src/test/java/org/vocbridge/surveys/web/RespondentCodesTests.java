package org.vocbridge.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RespondentCodesTests {

    @Test
    void aReceiptIsTheInstanceIdsFirstEightLettersAndDigitsInTwoGroups() {
        assertThat(RespondentCodes.receipt("uuid:7f3a91c2-0b6e-4d2a-9c55-1e2f3a4b5c6d"))
                .isEqualTo("7F3A-91C2");
        assertThat(RespondentCodes.receipt("kobo_form-12")).isEqualTo("KOBO-FORM");
        assertThat(RespondentCodes.receipt("ab-c")).isEqualTo("ABC");
    }

    @Test
    void aResumeCodeIsShownInGroupsOfFour() {
        assertThat(RespondentCodes.grouped("ABCDEFGHJK")).isEqualTo("ABCD-EFGH-JK");
    }
}
