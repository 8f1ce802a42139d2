package org.opendoor.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * What the audit trail records of the HTTP request an action came in on: its request id ({@link RequestIds}), the
 * client's address as Quarkus resolved it (Vert.x {@code remoteAddress()}, which honours the trusted-proxy settings
 * {@code quarkus.http.proxy.*}) and the roles the matched endpoint permits ({@link AuthorisingRoles}). Records
 * written outside a request (a test calling a bean directly) have none of these.
 */
record AuditedRequest(String requestId, String clientAddress, Set<String> permittedRoles) {
    static final AuditedRequest NONE = new AuditedRequest(null, null, Set.of());
    static final String PERMITTED_ROLES = "opendoor.audit.permitted-roles";

    /**
     * The request being served on this thread. AuditTrail is called with a bare JDBC connection from resources and
     * beans alike, so it looks the request up rather than have every caller pass it.
     */
    static AuditedRequest current() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return NONE;
        }
        RoutingContext rc = arc.instance(CurrentVertxRequest.class).get().getCurrent();
        return rc == null ? NONE : of(rc);
    }

    static AuditedRequest of(RoutingContext rc) {
        SocketAddress remote = rc.request().remoteAddress();
        Set<String> permitted = rc.get(PERMITTED_ROLES);
        return new AuditedRequest(RequestIds.of(rc), remote == null ? null : remote.hostAddress(),
                permitted == null ? Set.of() : permitted);
    }
}
