package org.opendoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Child.description was added later: old events still read, and the old constructor still compiles. */
class ReferralReceivedChildTest {
    @Test
    void aChildWithoutDescriptionStillReadsAndADescriptionRoundTrips() {
        ReferralReceived.Child old = Json.read("{\"firstName\": \"Amy\", \"dateOfBirth\": \"2018-03-01\"}",
                ReferralReceived.Child.class);
        assertThat(old.firstName()).isEqualTo("Amy");
        assertThat(old.description()).isNull();

        ReferralReceived.Child described = new ReferralReceived.Child(null, null, null, 6, null, null, null, null, null,
                null, "Girl of about 6 at the corner house");
        assertThat(Json.read(Json.write(described), ReferralReceived.Child.class)).isEqualTo(described);
    }

    @Test
    void theConstructorWithoutDescriptionLeavesItEmpty() {
        ReferralReceived.Child child = new ReferralReceived.Child("Amy", "Canary", LocalDate.of(2018, 3, 1), null, null,
                null, null, null, "100001", false);
        assertThat(child.description()).isNull();
    }
}
