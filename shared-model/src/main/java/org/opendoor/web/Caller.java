package org.opendoor.web;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind a request, from their verified token: roles from {@code groups}, and the organisation
 * claims records are scoped by ({@code org}: school URN, police force or agency; {@code la}: the duty officer's
 * local authority; {@code team}). {@code actingRoles} is empty until code that decides by role says which of the
 * caller's roles it used ({@link #actingIn}); the audit trail records those.
 */
public record Caller(String subject, Set<String> roles, String org, String localAuthority, String team,
        Set<String> actingRoles) {
    public static final Caller PUBLIC = new Caller("public", Set.of("public"), null, null, null);

    public Caller {
        roles = Set.copyOf(roles);
        actingRoles = actingRoles == null ? Set.of() : Set.copyOf(actingRoles);
    }

    public Caller(String subject, Set<String> roles, String org, String localAuthority, String team) {
        this(subject, roles, org, localAuthority, team, Set.of());
    }

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

    /**
     * This caller, acting in those of its roles that are among {@code used}: what a decision that depends on the
     * role (a duty worker reading a referral in full, a school submitting as a school) records. Unchanged when the
     * caller holds none of them.
     */
    public Caller actingIn(Collection<String> used) {
        Set<String> acting = roles.stream().filter(used::contains).collect(Collectors.toSet());
        return acting.isEmpty() ? this : new Caller(subject, roles, org, localAuthority, team, acting);
    }

    /**
     * The role or roles that authorised an action open to {@code permitted} (empty: to any authenticated caller),
     * for the audit trail: the roles the caller acted in (or else all of its roles) that are permitted, sorted and
     * comma-separated; all of them when none is permitted (a refusal), "none" for a caller without roles.
     */
    public String roleFor(Set<String> permitted) {
        Set<String> held = actingRoles.isEmpty() ? roles : actingRoles;
        Set<String> used = new TreeSet<>(held);
        if (!permitted.isEmpty()) {
            used.retainAll(permitted);
        }
        if (used.isEmpty()) {
            used.addAll(held);
        }
        return used.isEmpty() ? "none" : String.join(",", used);
    }
}
