package org.opendoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one JSON configuration refuses what it would otherwise have to guess. */
class JsonStrictnessTest {
    record Answer(boolean yes, Integer count) {
    }

    @Test
    void aNumberIsNotABooleanAndAFractionIsNotACount() {
        assertThatThrownBy(() -> Json.read("{\"yes\": 12, \"count\": 1}", Answer.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.read("{\"yes\": true, \"count\": 11.7}", Answer.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Json.read("{\"yes\": true, \"count\": 11}", Answer.class)).isEqualTo(new Answer(true, 11));
    }

    record Dated(java.time.LocalDate on, Priority priority, String note) {
    }

    @Test
    void aBlankDateOrCodeIsRefusedNotTakenAsAbsent() {
        assertThatThrownBy(() -> Json.read("{\"on\": \"\\u0000\"}", Dated.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.read("{\"on\": \"\"}", Dated.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.read("{\"priority\": \"\"}", Dated.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Json.read("{\"note\": \"\"}", Dated.class).note()).as("an empty text is still a text").isEmpty();
        assertThat(Json.read("{}", Dated.class).on()).isNull();
    }
}
