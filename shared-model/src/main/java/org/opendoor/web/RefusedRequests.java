package org.opendoor.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every 401 and 403 a service answers is in its audit trail: who (the token's user for a 403; "anonymous" when no
 * valid token came), the roles they held, the method and path, the request id and client address, and the outcome
 * {@code REFUSED 401} or {@code REFUSED 403}. The answer waits for the record. Should the database be down the
 * refusal is still answered (and logged without personal data): a refusal is never turned into a 500.
 */
public class RefusedRequests {
    static final String ANONYMOUS = "anonymous";
    private static final Logger LOG = Logger.getLogger(RefusedRequests.class);
    private static final int MAX_TARGET = 300;

    private final DataSource dataSource;
    private final CurrentVertxRequest current;
    private final CurrentIdentityAssociation identity;

    public RefusedRequests(DataSource dataSource, CurrentVertxRequest current, CurrentIdentityAssociation identity) {
        this.dataSource = dataSource;
        this.current = current;
        this.identity = identity;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status != 401 && status != 403) {
            return Uni.createFrom().voidItem();
        }
        RoutingContext rc = current.getCurrent();
        AuditedRequest audited = rc == null ? AuditedRequest.NONE : AuditedRequest.of(rc);
        String path = request.getMethod() + " " + request.getUriInfo().getPath();
        String target = path.length() > MAX_TARGET ? path.substring(0, MAX_TARGET) : path;
        Uni<Caller> caller = status == 401 ? Uni.createFrom().item(anonymous())
                : identity.getDeferredIdentity().map(RefusedRequests::callerOf)
                        .onFailure().recoverWithItem(RefusedRequests::anonymous);
        Uni<Caller> onWorker = Context.isOnEventLoopThread()
                ? caller.emitOn(Infrastructure.getDefaultWorkerPool()) : caller;
        return onWorker.invoke(who -> write(who, audited, target, "REFUSED " + status)).replaceWithVoid();
    }

    private void write(Caller caller, AuditedRequest audited, String target, String outcome) {
        try (Connection c = dataSource.getConnection()) {
            AuditTrail.record(c, caller, audited, AuditAction.REQUEST_REFUSED, target, outcome, null);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("A refused request (%s, request id %s) could not be audited: %s", outcome, audited.requestId(),
                    e.getClass().getSimpleName());
        }
    }

    private static Caller callerOf(SecurityIdentity id) {
        if (id == null || id.isAnonymous()) {
            return anonymous();
        }
        if (id.getPrincipal() instanceof JsonWebToken token) {
            return Caller.from(token);
        }
        return new Caller(id.getPrincipal().getName(), id.getRoles(), null, null, null);
    }

    private static Caller anonymous() {
        return new Caller(ANONYMOUS, Set.of(), null, null, null);
    }
}
