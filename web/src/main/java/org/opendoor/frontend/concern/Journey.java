package org.opendoor.frontend.concern;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;

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

    /**
     * The report this step's page works on, when the person has got this far. Empty means {@link #elsewhere}
     * says where they belong: the session-ended page, the start, or the first question they skipped.
     */
    Optional<Report> at(Step step) {
        Optional<Report> report = current.find().filter(r -> r.submitted() == null);
        return report.filter(r -> r.reached(step));
    }

    Response elsewhere(Step step) {
        Optional<Report> report = current.find().filter(r -> r.submitted() == null);
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
