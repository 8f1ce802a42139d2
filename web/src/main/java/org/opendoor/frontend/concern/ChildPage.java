package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.opendoor.frontend.form.DateAnswer;
import org.opendoor.frontend.form.FormErrors;

/**
 * About one child: {@code /report/children/1}, {@code /2}... "Add another child" is a second submit button, so
 * adding children needs no JavaScript: it saves this child and opens the next one's page.
 */
@Path("/report/children/{number}")
@Produces(MediaType.TEXT_HTML)
public class ChildPage {
    static final String ADD_ANOTHER = "add-another";
    static final String REMOVE = "remove";

    /** What the page shows besides the form: which child, and which buttons apply. */
    public record Place(int number, int saved, String back) {
        /** The page's own address, where its form posts. */
        public String action() {
            return path(number);
        }

        public boolean isNew() {
            return number > saved;
        }

        public boolean canAddAnother() {
            return number < Report.MOST_CHILDREN;
        }

        public boolean canRemove() {
            return !isNew() && saved > 1;
        }

        /** Past the first child, a new child's page can be left without adding one. */
        public boolean canSkip() {
            return isNew() && number > 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance child(Place place, ChildForm form, FormErrors errors, String skip);
    }

    private final Journey journey;
    private final Clock clock;

    public ChildPage(Journey journey, Clock clock) {
        this.journey = journey;
        this.clock = clock;
    }

    @GET
    public Response show(@PathParam("number") int number) {
        return journey.on(Step.CHILDREN, report -> {
            List<ChildAnswers> children = report.children();
            if (!exists(number, children)) {
                return Journey.redirect(path(Math.min(children.size() + 1, Report.MOST_CHILDREN)));
            }
            ChildForm form = number <= children.size() ? ChildForm.of(children.get(number - 1))
                    : ChildForm.startingAt(report.postcode());
            return Journey.page(page(report, number, form, FormErrors.none()));
        });
    }

    @POST
    public Response answer(@PathParam("number") int number, @RestForm String name, @RestForm String description,
            @RestForm("date-of-birth-day") String day,
            @RestForm("date-of-birth-month") String month, @RestForm("date-of-birth-year") String year,
            @RestForm String age, @RestForm String line1, @RestForm String line2, @RestForm String town,
            @RestForm String postcode, @RestForm String action) {
        ChildForm form = new ChildForm(name, description, new DateAnswer(day, month, year), age, line1, line2, town,
                postcode);
        return journey.on(Step.CHILDREN, report -> answer(report, number, form, action));
    }

    private Response answer(Report report, int number, ChildForm form, String action) {
        if (!exists(number, report.children())) {
            return Journey.redirect(path(report.children().size() + 1));
        }
        if (REMOVE.equals(action)) {
            if (report.children().size() > 1) {
                report.removeChild(number);
            }
            return journey.next(report);
        }
        Checked<ChildAnswers> checked = form.check(LocalDate.now(clock));
        if (!checked.valid()) {
            return Journey.invalid(page(report, number, form, checked.errors()));
        }
        report.child(number, checked.answer());
        if (ADD_ANOTHER.equals(action) && number < Report.MOST_CHILDREN) {
            return Journey.redirect(path(number + 1));
        }
        return journey.next(report);
    }

    private TemplateInstance page(Report report, int number, ChildForm form, FormErrors errors) {
        int saved = report.children().size();
        String back = number == 1
                ? (Boolean.TRUE.equals(report.immediateDanger()) ? DangerPages.CALL_999 : Step.IMMEDIATE_DANGER.path())
                : path(number - 1);
        // "I do not want to add another child": on to the next question, or back to check answers
        String skip = report.firstUnanswered().path();
        return Templates.child(new Place(number, saved, back), form, errors, skip);
    }

    private static boolean exists(int number, List<ChildAnswers> children) {
        return number >= 1 && number <= Math.min(children.size() + 1, Report.MOST_CHILDREN);
    }

    static String path(int number) {
        return "/report/children/" + number;
    }
}
