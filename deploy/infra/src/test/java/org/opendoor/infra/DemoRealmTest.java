package org.opendoor.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realm file as the launcher and the tests read it, without starting Keycloak (KeycloakServerTest does). */
class DemoRealmTest {
    private final DemoRealm realm = DemoRealm.load();

    @Test
    void eachPartnershipHasAnAnalystWhoSignsInWithItsPartnership() {
        assertThat(realm.user("analyst-llr").role()).isEqualTo("analyst");
        assertThat(realm.user("analyst-llr").claims()).isEqualTo(Map.of("partnership", "LLR",
                "org", "ORG:LLR-SAFEGUARDING-PARTNERSHIP"));
        assertThat(realm.user("analyst-ddscp").role()).isEqualTo("analyst");
        assertThat(realm.user("analyst-ddscp").claims()).isEqualTo(Map.of("partnership", "DDSCP", "org", "ORG:DDSCP"));
        assertThat(realm.user("analyst-ddscp").password()).isEqualTo("opendoor-demo");
    }

    @Test
    void derbyshirePoliceSubmitPartnerFiguresAsAClientOfTheirOwn() {
        assertThat(realm.partnerClients()).containsExactlyInAnyOrder("school-100001", "police-leics",
                "police-derbyshire");
        assertThat(realm.clientSecret("police-derbyshire")).isEqualTo("police-derbyshire-demo-secret");
    }

    @Test
    void aDevelopmentTokenCanNameThePartnership(@TempDir Path directory) throws Exception {
        DevKeys keys = DevKeys.ensure(directory);
        String token = new Tokens(keys, DevKeys.ISSUER).mint("analyst", "ORG:DDSCP", null, null, "DDSCP");
        JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(keys.publicKey())
                .setExpectedAudience(DevKeys.AUDIENCE).setExpectedIssuer(DevKeys.ISSUER).build().processToClaims(token);
        assertThat(claims.getClaimValueAsString("partnership")).isEqualTo("DDSCP");
        assertThat(claims.getStringListClaimValue("groups")).isEqualTo(List.of("analyst"));
        assertThat(claims.hasClaim("la")).isFalse();
    }
}
