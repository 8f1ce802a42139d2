package org.opendoor.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    private static DirectoryFiles withSchools(String schools) {
        return new DirectoryFiles(name -> name.equals("directory/schools.csv")
                ? new ByteArrayInputStream(schools.getBytes(StandardCharsets.UTF_8))
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(name));
    }
}
