package org.opendoor.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem details body: every OpenDoor error answer is one of these. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public record Violation(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        return new Problem("about:blank", "Bad Request", 400, detail, List.copyOf(violations));
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA).entity(this);
    }

    /** Thrown anywhere in a request to answer with this problem. */
    public static final class Exception extends RuntimeException {
        private final transient Problem problem;

        public Exception(Problem problem) {
            super(problem.title() + ": " + problem.detail(), null, false, false);
            this.problem = problem;
        }

        public Exception(Response.StatusType status, String detail) {
            this(Problem.of(status, detail));
        }

        public Problem problem() {
            return problem;
        }
    }
}
