package org.vocbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class InputCheckTests {

    @Test
    void keepsTheFirstFiftyProblemsAndSaysWhenItIsFull() {
        InputCheck check = new InputCheck();
        for (int i = 0; i < 49; i++) {
            check.reject("field" + i, "error.required");
        }
        assertThat(check.isFull()).isFalse();
        for (int i = 49; i < 10_000; i++) {
            check.reject("field" + i, "error.required");
        }
        assertThat(check.isFull()).isTrue();
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, check::throwIfAny);
        assertThat(thrown.problems()).hasSize(InputCheck.MAX_PROBLEMS);
        assertThat(thrown.problems().get(0).field()).isEqualTo("field0");
        assertThat(thrown.problems().get(49).field()).isEqualTo("field49");
    }
}
