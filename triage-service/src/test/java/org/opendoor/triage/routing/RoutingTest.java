package org.opendoor.triage.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendoor.data.DataFile;

/** Routing by the child's postcode with the shipped tables, and an operator's ONS postcode directory on top. */
class RoutingTest {
    private static final DutyTeams TEAMS = new DutyTeams("routing/duty-teams.json",
            DataFile.shipped("routing/duty-teams.json"));
    private static final PostcodeDistricts DISTRICTS = new PostcodeDistricts("routing/postcode-districts.json",
            DataFile.shipped("routing/postcode-districts.json"), TEAMS);

    private final Routing shipped = new Routing(TEAMS, DISTRICTS, PostcodeDirectory.empty());

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
            "LE11 3TU, E10000018, leicestershire-first-response",
            "le1 5ws, E06000016, leicester-duty-and-advice",
            "LE15 6HP, E06000017, rutland-childrens-duty",
            "DE1 2FS, E06000015, derby-front-door",
            "DE4 3AG, E10000007, derbyshire-starting-point",
            "S40 1LP, E10000007, derbyshire-starting-point",
            "SK17 6EL, E10000007, derbyshire-starting-point",
            "LE19, E10000018, leicestershire-first-response"
    })
    void aDistrictInOneAuthorityGoesToItsDutyTeam(String postcode, String authority, String team) {
        RoutingDecision decision = shipped.route(postcode);

        assertThat(decision.localAuthority()).isEqualTo(authority);
        assertThat(decision.queue()).isEqualTo(team);
        assertThat(decision.confirmAuthority()).isFalse();
        assertThat(decision.outOfArea()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "LE2 1AA, E06000016, llr-partnership-hub",
            "PE9 2AB, E06000017, llr-partnership-hub",
            "DE12 6AA, E10000018, llr-partnership-hub",
            "DE21 4AA, E06000015, ddscp-partnership-hub",
            "NG10 1AA, E10000007, ddscp-partnership-hub"
    })
    void aSharedDistrictGoesToThePartnershipHubToConfirmTheAuthority(String postcode, String provisional,
            String hub) {
        RoutingDecision decision = shipped.route(postcode);

        assertThat(decision.queue()).isEqualTo(hub);
        assertThat(decision.confirmAuthority()).isTrue();
        assertThat(decision.localAuthority()).isEqualTo(provisional);
        assertThat(decision.basis()).isEqualTo(RoutingDecision.Basis.SHARED_DISTRICT);
    }

    @ParameterizedTest(name = "\"{0}\" is placed nowhere ({1})")
    @CsvSource(value = {"SW1A 1AA,OUTSIDE_PARTNERSHIPS", "NG1 5FS,OUTSIDE_PARTNERSHIPS", "not a postcode,UNKNOWN_AREA",
            "'',UNKNOWN_AREA", "NULL,UNKNOWN_AREA", "ZZ9,UNKNOWN_AREA"}, nullValues = "NULL")
    void aPostcodeOutsideOrUnknownPlacesNothingSoTheFrontDoorDecides(String postcode, RoutingDecision.Basis basis) {
        RoutingDecision decision = shipped.route(postcode);

        assertThat(decision.outOfArea()).isTrue();
        assertThat(decision.basis()).isEqualTo(basis);
        assertThat(decision.localAuthority()).isNull();
        assertThat(decision.queue()).isNull();
    }

    @Test
    void theOperatorsPostcodeDirectoryTakesPrecedence(@TempDir Path dir) throws Exception {
        Path onspd = dir.resolve("ONSPD_extract.csv");
        Files.writeString(onspd, """
                "pcd","pcd2","pcds","dointr","doterm","oscty","ced","oslaua","osward"
                "LE2 8AA","LE2  8AA","LE2 8AA","199001","","E10000018","E58000001","E07000129","E05000001"
                "LE2 1AA","LE2  1AA","LE2 1AA","199001","","E99999999","E99999999","E06000016","E05000002"
                "DE12 6AA","DE12 6AA","DE12 6AA","199001","","E10000007","E58000002","E07000039","E05000003"
                "NG10 9ZZ","NG10 9ZZ","NG10 9ZZ","199001","","E10000024","E58000003","E07000172","E05000004"
                "LE11 9ZZ","LE11 9ZZ","LE11 9ZZ","199001","200512","E10000018","E58000004","E07000130","E05000005"
                "SW1A 1AA","SW1A 1AA","SW1A 1AA","199001","","E99999999","E99999999","E09000033","E05000006"
                """);
        Routing withDirectory = new Routing(TEAMS, DISTRICTS, PostcodeDirectory.load(onspd,
                p -> DISTRICTS.contains(p.district()), la -> TEAMS.authority(la).isPresent()));

        // county code wins over the lower-tier district: Blaby is in Leicestershire
        RoutingDecision edgeOfLeicester = withDirectory.route("le2 8aa");
        assertThat(edgeOfLeicester.localAuthority()).isEqualTo("E10000018");
        assertThat(edgeOfLeicester.queue()).isEqualTo("leicestershire-first-response");
        assertThat(edgeOfLeicester.confirmAuthority()).isFalse();
        assertThat(edgeOfLeicester.basis()).isEqualTo(RoutingDecision.Basis.POSTCODE_DIRECTORY);
        // a unitary authority has no county
        assertThat(withDirectory.route("LE2 1AA").queue()).isEqualTo("leicester-duty-and-advice");
        // a shared district resolved to the other partnership
        assertThat(withDirectory.route("DE12 6AA").queue()).isEqualTo("derbyshire-starting-point");
        // the directory knows this postcode of a shared district lies in Nottinghamshire
        assertThat(withDirectory.route("NG10 9ZZ").outOfArea()).isTrue();
        assertThat(withDirectory.route("NG10 9ZZ").basis()).isEqualTo(RoutingDecision.Basis.OUTSIDE_PARTNERSHIPS);
        // a terminated postcode is ignored, so the district table answers
        assertThat(withDirectory.route("LE11 9ZZ").basis()).isEqualTo(RoutingDecision.Basis.DISTRICT);
        // a postcode the directory does not list falls back to the district table
        assertThat(withDirectory.route("LE3 0AA").confirmAuthority()).isTrue();
    }

    @Test
    void aMalformedDirectoryRowStopsStartUpNamingTheLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("directory.csv");
        Files.writeString(csv, "postcode,local_authority\nLE1 1AA,E06000016\nLE1 1AB,Leicester\n");

        assertThatThrownBy(() -> PostcodeDirectory.load(csv, p -> true, la -> true))
                .hasMessageContaining("directory.csv").hasMessageContaining("line 3")
                .hasMessageContaining("not an ONS authority code");
    }

    @Test
    void aDistrictTableNamingAnUnknownAuthorityStopsStartUp() {
        assertThatThrownBy(() -> new PostcodeDistricts("districts.json",
                "{\"districts\": {\"LE1\": {\"authority\": \"E06000099\"}}}", TEAMS))
                .hasMessageContaining("districts.json").hasMessageContaining("LE1")
                .hasMessageContaining("E06000099");
    }
}
