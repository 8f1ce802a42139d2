package org.opendoor.triage.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opendoor.web.Problem;

/** Role checks answer problem details too, like every other error. */
public final class AccessDeniedMappers {
    private AccessDeniedMappers() {
    }

    @Provider
    public static final class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse();
        }
    }

    @Provider
    public static final class Unauthorized implements ExceptionMapper<UnauthorizedException> {
        @Override
        public Response toResponse(UnauthorizedException e) {
            return Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required.").toResponseBuilder()
                    .header("WWW-Authenticate", "Bearer").build();
        }
    }
}
