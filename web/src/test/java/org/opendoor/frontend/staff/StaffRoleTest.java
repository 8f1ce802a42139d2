package org.opendoor.frontend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each role's navigation: its own pages only, first page first, none twice. */
class StaffRoleTest {
    @Test
    void eachRoleOpensItsOwnPages() {
        assertThat(StaffRole.linksFor(Set.of("duty_worker"))).extracting(StaffRole.Link::href)
                .containsExactly("/staff/queue");
        assertThat(StaffRole.linksFor(Set.of("call_handler"))).extracting(StaffRole.Link::href)
                .containsExactly("/staff/calls/new", "/staff/referrals");
        assertThat(StaffRole.linksFor(Set.of("school"))).extracting(StaffRole.Link::href)
                .containsExactly("/staff/referrals");
        assertThat(StaffRole.linksFor(Set.of("auditor", "analyst"))).isEmpty();
    }

    @Test
    void aPageTwoRolesShareIsListedOnce() {
        assertThat(StaffRole.linksFor(Set.of("duty_worker", "duty_manager"))).hasSize(1);
        assertThat(StaffRole.linksFor(Set.of("call_handler", "police"))).extracting(StaffRole.Link::text)
                .containsExactly("Log a call", "Your referrals");
    }
}
