package org.opendoor.intake.http;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import jakarta.ws.rs.core.Response;
import java.nio.channels.ClosedChannelException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.opendoor.web.Problem;

/**
 * A client that hangs up while its request body is still being read (connection closed, HTTP/2 stream reset)
 * is not a server error: logged at debug, not as an "Unexpected error" 500. The answer is a 400 that nobody is
 * likely to receive.
 */
public class ClientHangUps {
    private static final Logger LOG = Logger.getLogger(ClientHangUps.class);

    @ServerExceptionMapper({ClosedChannelException.class, HttpClosedException.class, StreamResetException.class})
    public Response hungUp(Exception e) {
        LOG.debugf("Client went away before its request was read (%s)", e.getClass().getSimpleName());
        return Problem.of(Response.Status.BAD_REQUEST, "The request body could not be read: the connection closed.")
                .toResponse();
    }
}
