package org.opendoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerRoleTest {
    private static final Caller BOTH = new Caller("governor", Set.of("police", "school"), "URN:100001", null, null);

    @Test
    void theRoleRecordedIsTheOneTheEndpointPermits() {
        assertThat(BOTH.roleFor(Set.of("school", "duty_worker"))).isEqualTo("school");
        assertThat(BOTH.roleFor(Set.of("school", "police"))).isEqualTo("police,school");
    }

    @Test
    void codeThatDecidesByRoleNarrowsIt() {
        assertThat(BOTH.actingIn(Set.of("school")).roleFor(Set.of("school", "police"))).isEqualTo("school");
        assertThat(BOTH.actingIn(Set.of("duty_worker"))).as("a role it does not hold changes nothing").isEqualTo(BOTH);
    }

    @Test
    void aRefusalRecordsTheRolesHeldAndNoRolesIsNone() {
        assertThat(BOTH.roleFor(Set.of("auditor"))).isEqualTo("police,school");
        assertThat(BOTH.roleFor(Set.of())).isEqualTo("police,school");
        assertThat(new Caller("anonymous", Set.of(), null, null, null).roleFor(Set.of("auditor"))).isEqualTo("none");
    }

    @Test
    void aWellFormedRequestIdIsKeptAndAnythingElseReplaced() {
        assertThat(RequestIds.accepted("4f1c2a9e-7b1d-4e0c-9a51-3f0a2b6c8d11")).isEqualTo("4f1c2a9e-7b1d-4e0c-9a51-3f0a2b6c8d11");
        assertThat(RequestIds.accepted("trace:00-abc.1_2")).isEqualTo("trace:00-abc.1_2");
        assertThat(RequestIds.accepted("has space")).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.accepted("x".repeat(65))).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.accepted("-leading")).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.accepted(null)).matches("[0-9a-f-]{36}");
    }
}
