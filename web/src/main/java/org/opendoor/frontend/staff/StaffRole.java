package org.opendoor.frontend.staff;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The roles (the token's {@code groups}) that have staff pages here, and the pages each opens, first page first. */
public enum StaffRole {
    DUTY_WORKER("duty_worker", Link.QUEUE),
    // a duty manager also reads the performance briefing of their authority and its partnership, and checks and
    // downloads their authority's CIN census return
    DUTY_MANAGER("duty_manager", Link.QUEUE, Link.BRIEFING, Link.CIN_CENSUS),
    // a call handler also follows up the calls their contact centre logged
    CALL_HANDLER("call_handler", Link.NEW_CALL, Link.REFERRALS),
    SCHOOL("school", Link.REFERRALS),
    POLICE("police", Link.REFERRALS),
    PROFESSIONAL("professional", Link.REFERRALS),
    // a partnership's or partner agency's analyst: reads the briefing and sends their organisation's figures
    ANALYST("analyst", Link.BRIEFING, Link.FIGURES);

    /** A page in the staff navigation. */
    @TemplateData
    public record Link(String href, String text) {
        static final Link QUEUE = new Link("/staff/queue", "Duty queue");
        static final Link NEW_CALL = new Link("/staff/calls/new", "Log a call");
        static final Link REFERRALS = new Link("/staff/referrals", "Your referrals");
        static final Link BRIEFING = new Link("/staff/briefing", "Performance briefing");
        static final Link FIGURES = new Link("/staff/figures", "Send partner figures");
        static final Link CIN_CENSUS = new Link("/staff/returns/cin-census", "CIN census return");
    }

    private final String claim;
    private final List<Link> links;

    StaffRole(String claim, Link... links) {
        this.claim = claim;
        this.links = List.of(links);
    }

    public String claim() {
        return claim;
    }

    static List<Link> linksFor(Set<String> roles) {
        List<Link> links = new ArrayList<>();
        Arrays.stream(values()).filter(r -> roles.contains(r.claim)).flatMap(r -> r.links.stream())
                .filter(l -> !links.contains(l)).forEach(links::add);
        return links;
    }
}
