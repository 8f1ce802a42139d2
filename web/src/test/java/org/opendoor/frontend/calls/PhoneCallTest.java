package org.opendoor.frontend.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The call handler's form: what it refuses, and the PHONE referral intake receives. */
class PhoneCallTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PhoneCall call(String relationship, String name, String age, String postcode, String danger) {
        return new PhoneCall(relationship, " Pat Caller ", "0116 496 0999", name, "", age, postcode,
                "Toddler left alone for hours.", danger, "key-1").tidy();
    }

    @Test
    void anEmptyFormSaysWhatIsMissingInPageOrder() {
        PhoneCall empty = PhoneCall.blank("key").tidy();
        assertThat(empty.check().list()).extracting(e -> e.field())
                .containsExactly("relationship", "childName", "summary", "immediateDanger");
    }

    @Test
    void aBadAgeOrPostcodeIsRefusedBeforeIntakeSeesIt() {
        assertThat(call("NEIGHBOUR", "Robin", "19", "LE11 3TU", "no").check().of("childAge"))
                .isEqualTo("Age must be a whole number of years from 0 to 17");
        assertThat(call("NEIGHBOUR", "Robin", "3", "NOT A CODE", "no").check().of("postcode"))
                .isEqualTo("Enter a real postcode, like LE11 3TU");
        assertThat(call("MARTIAN", "Robin", "3", "", "no").check().has("relationship")).isTrue();
    }

    @Test
    void theReferralIsAPhoneReferralWhoseRelationshipDecidesTheSourceCode() {
        ObjectNode referral = call("NEIGHBOUR", "Robin Example", "3", "le113tu", "yes").referral(JSON);
        assertThat(referral.path("source").asText()).isEqualTo("PHONE");
        assertThat(referral.has("sourceCode")).as("intake derives it from the relationship").isFalse();
        assertThat(referral.at("/referrer/relationshipToChild").asText()).isEqualTo("NEIGHBOUR");
        assertThat(referral.at("/referrer/name").asText()).isEqualTo("Pat Caller");
        assertThat(referral.at("/children/0/firstName").asText()).isEqualTo("Robin");
        assertThat(referral.at("/children/0/lastName").asText()).isEqualTo("Example");
        assertThat(referral.at("/children/0/estimatedAgeYears").asInt()).isEqualTo(3);
        assertThat(referral.at("/children/0/address/postcode").asText()).isEqualTo("LE11 3TU");
        assertThat(referral.at("/concern/immediateDanger").asBoolean()).isTrue();
    }

    @Test
    void anAnonymousCallerLeavesNoNameOrNumber() {
        ObjectNode referral = call("ANONYMOUS", "Robin", "", "", "no").referral(JSON);
        assertThat(referral.at("/referrer/relationshipToChild").asText()).isEqualTo("ANONYMOUS");
        assertThat(referral.path("referrer").has("name")).isFalse();
        assertThat(referral.path("referrer").has("phone")).isFalse();
    }
}
