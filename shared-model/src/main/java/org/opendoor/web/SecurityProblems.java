package org.opendoor.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


/**
 * 401 and 403 as problem details, like every other error, in every service. Needs lazy authentication
 * (quarkus.http.auth.proactive=false) so that token failures reach the REST layer's mappers.
 */
public class SecurityProblems {
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorised(RuntimeException e) {
        return Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required.").toResponseBuilder()
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse();
    }
}
