package org.opendoor.frontend.concern;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rules every page of the journey shares: which page may be shown now, where to go next, and how a page is
 * answered (303 after a good answer, the same page with its errors after a bad one).
 */
@ApplicationScoped
public class Journey {
    static final String SESSION_ENDED = "/report/session-ended";

    private final CurrentReport current;

    public Journey(CurrentReport current) {
        this.current = current;
    }

    /** The page of a step for the person's report, or where they belong when they have not got that far. */
    Response on(Step step, Function<Report, Response> page) {
        return when(r -> r.reached(step), page);
    }

    /** A page shown only while the report in progress is in a state it needs (a shared district, say). */
    Response when(Predicate<Report> state, Function<Report, Response> page) {
        return current.inProgress().filter(state).map(page).orElseGet(this::elsewhere);
    }

    /**
     * Where a person belongs who asked for a page they have not reached: the first question they skipped, the
     * session-ended page when their answers were forgotten, or the first question.
     */
    Response elsewhere() {
        Optional<Report> report = current.inProgress();
        if (report.isPresent()) {
            return redirect(report.get().firstUnanswered().path());
        }
        return redirect(current.expired() ? SESSION_ENDED : Step.POSTCODE.path());
    }

    /** After an answer: the next question still to answer, or back to check answers when that is all. */
    Response next(Report report) {
        return redirect(report.firstUnanswered().path());
    }

    static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static Response page(TemplateInstance page) {
        return Response.ok(page, MediaType.TEXT_HTML_TYPE).build();
    }

    /** A page shown again with what was wrong: 400, with the person's input kept. */
    static Response invalid(TemplateInstance page) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
