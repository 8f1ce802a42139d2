package org.opendoor.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Notes the roles the matched endpoint permits ({@code @RolesAllowed} on the method, else on its class; none for
 * {@code @Authenticated} and open endpoints), so that each audit record names the role that authorised the action,
 * not just any role the caller holds.
 */
public class AuthorisingRoles {
    private final Map<Method, Set<String>> byMethod = new ConcurrentHashMap<>();
    private final CurrentVertxRequest current;

    public AuthorisingRoles(CurrentVertxRequest current) {
        this.current = current;
    }

    @ServerRequestFilter
    public void note(ResourceInfo resource) {
        RoutingContext rc = current.getCurrent();
        Method method = resource.getResourceMethod();
        if (rc != null && method != null) {
            rc.put(AuditedRequest.PERMITTED_ROLES, byMethod.computeIfAbsent(method, m -> permitted(m,
                    resource.getResourceClass())));
        }
    }

    static Set<String> permitted(Method method, Class<?> resourceClass) {
        if (method.isAnnotationPresent(Authenticated.class) || method.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && resourceClass != null) {
            allowed = resourceClass.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? Set.of() : Set.of(allowed.value());
    }
}
