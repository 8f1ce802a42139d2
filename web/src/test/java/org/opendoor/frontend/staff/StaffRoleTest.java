package org.opendoor.frontend.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
        assertThat(StaffRole.linksFor(Set.of("analyst"))).extracting(StaffRole.Link::href, StaffRole.Link::text)
                .containsExactly(tuple("/staff/briefing", "Performance briefing"),
                        tuple("/staff/figures", "Send partner figures"));
        assertThat(StaffRole.linksFor(Set.of("duty_manager"))).extracting(StaffRole.Link::href)
                .containsExactly("/staff/queue", "/staff/briefing", "/staff/returns/cin-census");
        assertThat(StaffRole.linksFor(Set.of("auditor"))).isEmpty();
    }

    @Test
    void aPageTwoRolesShareIsListedOnce() {
        assertThat(StaffRole.linksFor(Set.of("duty_worker", "duty_manager"))).hasSize(3);
        assertThat(StaffRole.linksFor(Set.of("duty_manager", "analyst"))).extracting(StaffRole.Link::href)
                .containsExactly("/staff/queue", "/staff/briefing", "/staff/returns/cin-census", "/staff/figures");
        assertThat(StaffRole.linksFor(Set.of("call_handler", "police"))).extracting(StaffRole.Link::text)
                .containsExactly("Log a call", "Your referrals");
    }
}
