package org.opendoor.web;

import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind a request, from their verified token: roles from {@code groups}, and the organisation
 * claims records are scoped by ({@code org}: school URN, police force or agency; {@code la}: the duty officer's
 * local authority; {@code team}).
 */
public record Caller(String subject, Set<String> roles, String org, String localAuthority, String team) {
    public static final Caller PUBLIC = new Caller("public", Set.of("public"), null, null, null);

    public static Caller from(JsonWebToken token) {
        // the user name when the token has one (Keycloak's preferred_username, a development token's upn), so the
        // audit trail and decisions say who in words a duty manager recognises; else the subject
        return new Caller(token.getName() != null ? token.getName() : token.getSubject(),
                token.getGroups() == null ? Set.of() : Set.copyOf(token.getGroups()),
                token.getClaim("org"), token.getClaim("la"), token.getClaim("team"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The role this caller acted in, for the audit trail. */
    public String primaryRole() {
        return roles.stream().sorted().findFirst().orElse("none");
    }
}
