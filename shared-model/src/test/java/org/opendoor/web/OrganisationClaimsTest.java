package org.opendoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which la and org claims name a real organisation. */
class OrganisationClaimsTest {
    @ParameterizedTest
    @ValueSource(strings = {"URN:100001", "FORCE:LEICS", "FORCE:DERBYS", "FORCE:BTP", "ORG:LPT-HEALTH-VISITING"})
    void knownOrganisationsPass(String org) {
        assertThat(OrganisationClaims.problem("E10000018", org)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"URN:12345", "URN:1000011", "FORCE:NOWHERE", "FORCE:leics", "ORG:", "org:X", "100001",
            "ORG:<script>"})
    void otherOrganisationsAreRefused(String org) {
        assertThat(OrganisationClaims.problem(null, org)).get().asString().startsWith("Your token's org claim");
    }

    @Test
    void anAuthorityMustBeAnEnglishChildrensServicesAuthority() {
        assertThat(OrganisationClaims.problem("E06000015", null)).isEmpty();
        assertThat(OrganisationClaims.problem("E99999999", null)).get().asString()
                .isEqualTo("Your token's la claim (E99999999) is not the ONS code of an English children's services "
                        + "authority.");
        assertThat(OrganisationClaims.problem("E07000129", null)).as("a district council has no children's services")
                .isPresent();
        assertThat(OrganisationClaims.problem(10000018L, null)).as("not text").isPresent();
    }

    @Test
    void noClaimsIsNoProblemHere() {
        // the endpoints decide whether they need an organisation (intake refuses a referral without org)
        assertThat(OrganisationClaims.problem(null, null)).isEmpty();
    }
}
