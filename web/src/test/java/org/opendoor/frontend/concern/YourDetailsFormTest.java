package org.opendoor.frontend.concern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YourDetailsFormTest {
    @Test
    void aNamedReporterLeavesANameAWayBackAndHowTheyKnowTheChild() {
        var errors = new YourDetailsForm("", "", "", "").check().errors();
        assertThat(errors.list()).extracting(e -> e.field()).containsExactly("name", "phone", "relationship");
        assertThat(errors.of("phone")).isEqualTo(
                "Enter a phone number or an email address, so the duty team can contact you");
    }

    @Test
    void anEmailAloneIsAWayBack() {
        var checked = new YourDetailsForm("Pat", "", "pat@example.org", "RELATIVE").check();
        assertThat(checked.valid()).isTrue();
        assertThat(checked.answer().phone()).isNull();
        assertThat(checked.answer().relationship()).isEqualTo(Relationship.RELATIVE);
    }

    @Test
    void phoneNumbersAndEmailsAreCheckedForShape() {
        var errors = new YourDetailsForm("Pat", "call me", "pat@", "NEIGHBOUR").check().errors();
        assertThat(errors.of("phone")).isEqualTo("Enter a phone number, like 07700 900 982 or 0116 496 0000");
        assertThat(errors.of("email")).isEqualTo("Enter an email address in the correct format, like name@example.com");
        assertThat(new YourDetailsForm("Pat", "+44 (0)116 496 0000", "", "NEIGHBOUR").check().valid()).isTrue();
    }
}
