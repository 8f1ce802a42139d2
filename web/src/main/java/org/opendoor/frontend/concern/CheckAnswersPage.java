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
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.opendoor.frontend.intake.PublicConcernAccepted;
import org.opendoor.frontend.intake.PublicConcerns;
import org.opendoor.frontend.intake.SubmissionOutcome;

/**
 * Check your answers, then send. Sending happens once per set of answers: a second press (or a retried POST) waits
 * for the first and then finds the report sent; intake's Idempotency-Key covers the same across instances.
 */
@Path("/report/check-answers")
@Produces(MediaType.TEXT_HTML)
public class CheckAnswersPage {
    static final String CONFIRMATION = "/report/confirmation";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkAnswers(ReportSummary summary);
    }

    private final Journey journey;
    private final CurrentReport current;
    private final SubmissionRateLimit rateLimit;
    private final PublicConcerns intake;
    private final ServiceProblem problem;
    private final ReportConfig config;
    private final Clock clock;

    public CheckAnswersPage(Journey journey, CurrentReport current, SubmissionRateLimit rateLimit,
            PublicConcerns intake, ServiceProblem problem, ReportConfig config, Clock clock) {
        this.journey = journey;
        this.current = current;
        this.rateLimit = rateLimit;
        this.intake = intake;
        this.problem = problem;
        this.config = config;
        this.clock = clock;
    }

    @GET
    public Response show() {
        return journey.on(Step.CHECK_ANSWERS, report -> Journey.page(Templates.checkAnswers(ReportSummary.of(report))));
    }

    @POST
    public Response send() throws InterruptedException {
        Optional<Report> found = current.find();
        if (found.isPresent() && found.get().submitted() != null) {
            // the second of two presses, arriving after the first finished
            return Journey.redirect(CONFIRMATION);
        }
        Optional<Duration> wait = rateLimit.take(current.clientAddress());
        if (wait.isPresent()) {
            return problem.tooManyReports(wait.get(), found.map(Report::council).orElse(null));
        }
        if (found.isEmpty() || !found.get().reached(Step.CHECK_ANSWERS)) {
            return journey.elsewhere();
        }
        Report report = found.get();
        ReentrantLock sending = report.sending();
        if (!sending.tryLock(30, TimeUnit.SECONDS)) {
            return problem.reportNotSent(report.council());
        }
        try {
            if (report.submitted() != null) {
                return Journey.redirect(CONFIRMATION);
            }
            SubmissionOutcome outcome = intake.send(ReportToIntake.request(report, clock, config.timeZone()),
                    report.submissionKey().toString(), current.clientAddress());
            if (outcome instanceof SubmissionOutcome.Accepted accepted) {
                PublicConcernAccepted answer = accepted.answer();
                report.submitted(new Submitted(answer.reference(), report.council(),
                        Boolean.TRUE.equals(report.immediateDanger()), answer.urgentAdvice()));
                return Journey.redirect(CONFIRMATION);
            }
            if (outcome instanceof SubmissionOutcome.TooMany tooMany) {
                return problem.tooManyReports(tooMany.retryAfter(), report.council());
            }
            return problem.reportNotSent(report.council());
        } finally {
            sending.unlock();
        }
    }
}
