package org.opendoor.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryFilesTest {

    @Test
    void theShippedDirectoryGivesEveryPurposeARecipientInEveryAuthority() {
        DirectoryFiles files = DirectoryFiles.onClasspath();
        List<Recipient> entries = files.entries();
        assertThat(entries).filteredOn(r -> r.kind() == RecipientKind.SCHOOL_DSL)
                .extracting(Recipient::key, Recipient::localAuthority)
                .contains(org.assertj.core.groups.Tuple.tuple("100001", "E10000018"),
                        org.assertj.core.groups.Tuple.tuple("100002", "E06000016"),
                        org.assertj.core.groups.Tuple.tuple("100003", "E06000017"),
                        org.assertj.core.groups.Tuple.tuple("200001", "E06000015"),
                        org.assertj.core.groups.Tuple.tuple("200002", "E10000007"));
        for (RecipientKind kind : RecipientKind.values()) {
            if (kind.perAuthority()) {
                assertThat(entries).filteredOn(r -> r.kind() == kind).extracting(Recipient::key)
                        .containsAll(files.authorities().keySet());
            }
        }
    }

    @Test
    void aBadEntryStopsStartUpNamingTheFileAndLine() {
        DirectoryFiles broken = withSchools("key,name,local_authority,channel,address\n"
                + "100001,Good school,E10000018,EMAIL,dsl@good.example\n"
                + "100002,Bad school,E10000018,EMAIL,not-an-address\n");
        assertThatThrownBy(broken::entries).hasMessage("directory/schools.csv line 3: address: EMAIL needs an email address");
    }

    @Test
    void anUnknownAuthorityAChannelTypoAndADuplicateAreEachRejected() {
        assertThatThrownBy(withSchools("key,name,local_authority,channel,address\n"
                + "100001,School,E99999999,EMAIL,dsl@a.example\n")::entries)
                .hasMessageContaining("line 2: localAuthority: unknown local authority: E99999999");
        assertThatThrownBy(withSchools("key,name,local_authority,channel,address\n"
                + "100001,School,E10000018,E-MAIL,dsl@a.example\n")::entries)
                .hasMessageContaining("line 2: unknown channel E-MAIL");
        assertThatThrownBy(withSchools("key,name,local_authority,channel,address\n"
                + "100001,School,E10000018,EMAIL,dsl@a.example\n100001,School,E10000018,EMAIL,dsl@b.example\n")
                ::entries).hasMessageContaining("line 3: duplicate key 100001");
    }

    @Test
    void everyPartnershipHubHasAFrontDoorAndADutyManagerAndEveryAuthorityAPartnership() {
        Partnerships partnerships = DirectoryFiles.onClasspath().partnerships();
        assertThat(partnerships.frontDoorOf(null, "llr-partnership-hub")).isEqualTo("LLR");
        assertThat(partnerships.frontDoorOf(null, "ddscp-partnership-hub")).isEqualTo("DDSCP");
        assertThat(partnerships.frontDoorOf(null, "out-of-area-transfers")).isEqualTo(RecipientRules.PARTNERSHIP);
        assertThat(partnerships.frontDoorOf("E06000017", "llr-partnership-hub")).isEqualTo("E06000017");
        assertThat(DirectoryFiles.onClasspath().entries())
                .filteredOn(r -> r.kind() == RecipientKind.DUTY_TEAM || r.kind() == RecipientKind.DUTY_MANAGER)
                .extracting(Recipient::key).contains("LLR", "DDSCP", RecipientRules.PARTNERSHIP);

        assertThatThrownBy(with("directory/duty-teams.csv", "key,name,local_authority,channel,address\n"
                + "E10000018,a,E10000018,EMAIL,a@a.example\nE06000016,a,E06000016,EMAIL,a@a.example\n"
                + "E06000017,a,E06000017,EMAIL,a@a.example\nE06000015,a,E06000015,EMAIL,a@a.example\n"
                + "E10000007,a,E10000007,EMAIL,a@a.example\nLLR,a,LLR,EMAIL,a@a.example\n"
                + "PARTNERSHIP,a,PARTNERSHIP,EMAIL,a@a.example\n")::entries)
                .hasMessage("directory/duty-teams.csv: no entry for partnership hubs [DDSCP]");
        assertThatThrownBy(with("directory/partnerships.csv", "key,name,hub_team,authorities\n"
                + "LLR,LLR,llr-partnership-hub,E10000018 E06000016 E06000017\n"
                + "DDSCP,DDSCP,ddscp-partnership-hub,E06000015\n")::partnerships)
                .hasMessage("directory/partnerships.csv: authorities in no partnership [E10000007]");
    }

    @Test
    void aFrontDoorMayBeAnyEnglishAuthoritysButOtherRecipientsOnlyThePartnershipsOwn() {
        Set<String> authorities = DirectoryFiles.onClasspath().authorities().keySet();
        Set<String> hubs = Set.of("LLR", "DDSCP");
        Recipient westminster = new Recipient(RecipientKind.DUTY_TEAM, "E09000033", "Westminster front door",
                "E09000033", Channel.EMAIL, "front-door@westminster.example", null);
        assertThat(RecipientRules.violations(westminster, authorities, hubs)).isEmpty();
        assertThat(RecipientRules.violations(new Recipient(RecipientKind.MARAC_COORDINATOR, "E09000033", "MARAC",
                "E09000033", Channel.EMAIL, "marac@westminster.example", null), authorities, hubs))
                .extracting(v -> v[0]).containsExactly("localAuthority");
        assertThat(RecipientRules.violations(new Recipient(RecipientKind.DUTY_TEAM, "E09999999", "Nowhere",
                "E09999999", Channel.EMAIL, "a@nowhere.example", null), authorities, hubs))
                .extracting(v -> v[0]).containsExactly("localAuthority");
        assertThat(RecipientRules.violations(new Recipient(RecipientKind.POLICE_PUBLIC_PROTECTION, "LLR",
                "Leicestershire Police PPU (hub)", "LLR", Channel.EMAIL, "ppu@leics.example", null), authorities,
                hubs)).isEmpty();
    }

    private static DirectoryFiles withSchools(String schools) {
        return with("directory/schools.csv", schools);
    }

    private static DirectoryFiles with(String file, String content) {
        return new DirectoryFiles(name -> name.equals(file)
                ? new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(name));
    }
}
