package org.opendoor.intake.http;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opendoor.web.Problem;
import org.opendoor.web.ProblemMappers;

/**
 * A client that hangs up while its request body is still being read (connection closed, HTTP/2 stream reset)
 * is not a server error: logged at debug, not as an "Unexpected error" 500. The answer is a 400 that nobody is
 * likely to receive. Any other I/O failure stays an unexpected error. (JSON syntax errors are IOExceptions too,
 * but their own, closer mappers answer them.)
 */
public class ClientHangUps {
    private static final Logger LOG = Logger.getLogger(ClientHangUps.class);
    private final ProblemMappers.UnexpectedErrorMapper unexpected = new ProblemMappers.UnexpectedErrorMapper();

    @ServerExceptionMapper({IOException.class, HttpClosedException.class, StreamResetException.class})
    public Response unreadable(Exception e) {
        if (!hungUp(e)) {
            return unexpected.toResponse(e);
        }
        LOG.debugf("Client went away before its request was read (%s)", e.getClass().getSimpleName());
        return Problem.of(Response.Status.BAD_REQUEST, "The request body could not be read: the connection closed.")
                .toResponse();
    }

    /** The body read fails with the hang-up as a cause, wrapped in IOExceptions. */
    private static boolean hungUp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof StreamResetException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }
}
