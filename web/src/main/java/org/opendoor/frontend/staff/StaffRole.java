package org.opendoor.frontend.staff;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The roles (the token's {@code groups}) that have staff pages here, and the page each opens. */
public enum StaffRole {
    DUTY_WORKER("duty_worker", new Link("/staff/queue", "Duty queue")),
    DUTY_MANAGER("duty_manager", new Link("/staff/queue", "Duty queue")),
    CALL_HANDLER("call_handler", new Link("/staff/calls/new", "Log a call")),
    SCHOOL("school", new Link("/staff/referrals", "Your referrals")),
    POLICE("police", new Link("/staff/referrals", "Your referrals")),
    PROFESSIONAL("professional", new Link("/staff/referrals", "Your referrals"));

    /** A page in the staff navigation. */
    @TemplateData
    public record Link(String href, String text) {
    }

    private final String claim;
    private final Link link;

    StaffRole(String claim, Link link) {
        this.claim = claim;
        this.link = link;
    }

    public String claim() {
        return claim;
    }

    static List<Link> linksFor(Set<String> roles) {
        List<Link> links = new ArrayList<>();
        Arrays.stream(values()).filter(r -> roles.contains(r.claim)).map(r -> r.link).filter(l -> !links.contains(l))
                .forEach(links::add);
        // a call handler also follows up the calls they logged
        if (roles.contains(CALL_HANDLER.claim)) {
            links.add(SCHOOL.link);
        }
        return links;
    }
}
