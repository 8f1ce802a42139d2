package org.opendoor.frontend.duty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.opendoor.frontend.form.Option;
import org.opendoor.frontend.staff.ServiceCall;
import org.opendoor.frontend.staff.StaffMember;

/**
 * The duty queue of the signed-in person's authority (with its front door's out-of-area and no-postcode cases,
 * and for managers the partnership hub, as triage decides): most urgent first, filtered by status and priority
 * with a plain form (no JavaScript needed).
 */
@Path("/staff/queue")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"duty_worker", "duty_manager"})
public class QueuePage {
    static final List<Option> STATUSES = List.of(Option.of("", "Any status"),
            Option.of("AWAITING_DECISION", "Awaiting decision"), Option.of("DECIDED", "Decided"),
            Option.of("TRANSFERRED_OUT_OF_AREA", "Transferred out of area"));
    static final List<Option> PRIORITIES = List.of(Option.of("", "Any priority"), Option.of("RED", "Red"),
            Option.of("AMBER", "Amber"), Option.of("GREEN", "Green"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<CaseSummary> cases, List<Option> statuses, String status,
                List<Option> priorities, String priority);
    }

    private final CasesApi cases;
    private final StaffMember member;

    public QueuePage(@RestClient CasesApi cases, StaffMember member) {
        this.cases = cases;
        this.member = member;
    }

    @GET
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("priority") String priority) {
        String statusFilter = known(STATUSES, status);
        String priorityFilter = known(PRIORITIES, priority);
        List<CaseSummary> queue = ServiceCall.answer("triage queue", () -> cases.queue(member.bearer(),
                blankToNull(statusFilter), blankToNull(priorityFilter), 200));
        return Templates.queue(queue, STATUSES, statusFilter, PRIORITIES, priorityFilter);
    }

    /** A filter value from the lists, or none: a hand-edited address never reaches triage as nonsense. */
    private static String known(List<Option> options, String value) {
        return options.stream().map(Option::value).filter(v -> v.equals(value)).findFirst().orElse("");
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
