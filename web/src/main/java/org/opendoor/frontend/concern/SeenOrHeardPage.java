package org.opendoor.frontend.concern;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.opendoor.frontend.form.DateAnswer;
import org.opendoor.frontend.form.FormErrors;

/** What the person saw or heard: the campaign's signs, their own words, and when. */
@Path("/report/what-happened")
@Produces(MediaType.TEXT_HTML)
public class SeenOrHeardPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance whatHappened(SeenOrHeardForm form, List<Sign> signs, FormErrors errors,
                String back);
    }

    private final Journey journey;
    private final Clock clock;

    public SeenOrHeardPage(Journey journey, Clock clock) {
        this.journey = journey;
        this.clock = clock;
    }

    @GET
    public Response show() {
        return journey.on(Step.SEEN_OR_HEARD, report -> {
            SeenOrHeard answer = report.seenOrHeard();
            SeenOrHeardForm form = answer == null ? SeenOrHeardForm.empty() : SeenOrHeardForm.of(answer);
            return Journey.page(page(report, form, FormErrors.none()));
        });
    }

    @POST
    public Response answer(@RestForm List<String> signs, @RestForm String account, @RestForm("when-day") String day,
            @RestForm("when-month") String month, @RestForm("when-year") String year, @RestForm String time) {
        return journey.on(Step.SEEN_OR_HEARD, report -> {
            SeenOrHeardForm form = new SeenOrHeardForm(signs, account, new DateAnswer(day, month, year), time);
            Checked<SeenOrHeard> checked = form.check(LocalDateTime.now(clock));
            if (!checked.valid()) {
                return Journey.invalid(page(report, form, checked.errors()));
            }
            report.seenOrHeard(checked.answer());
            return journey.next(report);
        });
    }

    private static TemplateInstance page(Report report, SeenOrHeardForm form, FormErrors errors) {
        return Templates.whatHappened(form, List.of(Sign.values()), errors,
                ChildPage.path(Math.max(1, report.children().size())));
    }
}
