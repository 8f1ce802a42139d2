package org.opendoor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.opendoor.model.PrintableText;

/**
 * The one mapping from failures to problem details, shared by every service. No answer carries a stack trace;
 * a database that cannot be reached is a 503 with Retry-After, never a 500.
 */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    @Provider
    public static final class ProblemExceptionMapper implements ExceptionMapper<Problem.Exception> {
        @Override
        public Response toResponse(Problem.Exception e) {
            return e.problem().toResponse();
        }
    }

    @Provider
    public static final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            Response.ResponseBuilder answer = Problem.of(status, detailFor(status.getStatusCode())).toResponseBuilder();
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.build();
        }

        private static String detailFor(int status) {
            return switch (status) {
                case 400 -> "The request could not be read.";
                case 401 -> "A valid bearer token is required.";
                case 403 -> "Your role does not allow this.";
                case 404 -> "No such resource.";
                case 405 -> "This method is not allowed here.";
                case 406 -> "This resource answers application/json.";
                case 413 -> "The request body is too large.";
                case 415 -> "Send application/json.";
                default -> "The request could not be completed.";
            };
        }
    }

    @Provider
    public static final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.Violation> violations = e.getConstraintViolations().stream()
                    .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field))
                    .toList();
            return Problem.invalid("The request has " + violations.size() + " invalid field(s).", violations)
                    .toResponse();
        }

        /** "submit.request.children[0].dateOfBirth" → "children[0].dateOfBirth": the path the client sent. */
        private static String fieldOf(ConstraintViolation<?> v) {
            String path = v.getPropertyPath().toString();
            String[] parts = path.split("\\.");
            return parts.length > 2 ? Arrays.stream(parts).skip(2).collect(Collectors.joining(".")) : path;
        }
    }

    @Provider
    public static final class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                String message = mapping instanceof UnrecognizedPropertyException ? "unknown field"
                        : mapping instanceof PrintableText.ControlCharacterException ? mapping.getOriginalMessage()
                        : mapping instanceof InvalidFormatException ? "has an invalid value or type"
                        : "could not be read";
                return Problem.invalid("The request body does not match the expected shape.",
                        List.of(new Problem.Violation(field, message))).toResponse();
            }
            return Problem.invalid("The request body is not valid JSON.", List.of()).toResponse();
        }
    }

    /**
     * Unknown fields, wrong types and bad enum values. Quarkus REST ships a built-in mapper for this exact type,
     * which would win over {@link JsonInputMapper} (a closer type beats a wider one) and answer plain JSON.
     */
    @Provider
    public static final class MismatchedInputMapper implements ExceptionMapper<MismatchedInputException> {
        private final JsonInputMapper json = new JsonInputMapper();

        @Override
        public Response toResponse(MismatchedInputException e) {
            return json.toResponse(e);
        }
    }

    @Provider
    public static final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (databaseUnavailable(e)) {
                return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The service is temporarily unavailable. Try again shortly.")
                        .toResponseBuilder().header("Retry-After", "5").build();
            }
            String errorId = UUID.randomUUID().toString();
            // class name only: messages of data-layer exceptions can quote submitted values
            LOG.errorf("Unexpected error %s: %s at %s", errorId, causes(e).map(t -> t.getClass().getName())
                    .collect(Collectors.joining(" <- ")), e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error; reference " + errorId + ".")
                    .toResponse();
        }

        /**
         * The database could not be reached, or a commit's outcome is unknown because it went away: the client
         * should retry (with the same Idempotency-Key), so this is a 503, not a 500.
         */
        static boolean databaseUnavailable(Throwable e) {
            return causes(e).anyMatch(t -> t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                    // Agroal's pool exhaustion, and Narayana's failed commits (the resource went away mid-commit)
                    || t instanceof SQLException sql && sql.getSQLState() == null
                            && String.valueOf(sql.getMessage()).contains("acquisition timeout")
                    || t.getClass().getName().endsWith("JDBCConnectionException")
                    || t.getClass().getName().startsWith("jakarta.transaction.Heuristic")
                    || t.getClass().getName().equals("jakarta.transaction.SystemException")
                    || t.getClass().getName().equals("jakarta.transaction.RollbackException") && !constraintViolation(e));
        }

        private static boolean constraintViolation(Throwable e) {
            return causes(e).anyMatch(t -> t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23"));
        }

        /** The exception, its causes and what they suppressed (commit failures hide the SQL error there). */
        static java.util.stream.Stream<Throwable> causes(Throwable e) {
            java.util.List<Throwable> all = new java.util.ArrayList<>();
            java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
            while (!todo.isEmpty() && all.size() < 50) {
                Throwable t = todo.pop();
                if (all.stream().noneMatch(seen -> seen == t)) {
                    all.add(t);
                    if (t.getCause() != null) {
                        todo.push(t.getCause());
                    }
                    java.util.Arrays.stream(t.getSuppressed()).forEach(todo::push);
                }
            }
            return all.stream();
        }
    }
}
