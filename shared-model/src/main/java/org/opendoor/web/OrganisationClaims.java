package org.opendoor.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opendoor.model.EnglishAuthorities;
import org.opendoor.model.PoliceForces;

/**
 * The organisation claims records are scoped by must name a real organisation, in every service: {@code la} an
 * English children's services authority ({@link EnglishAuthorities}); {@code org} a school by its six-digit URN
 * ({@code URN:100001}), a police force of England and Wales ({@code FORCE:LEICS}, {@link PoliceForces}) or another
 * agency ({@code ORG:} and capitals, digits and hyphens: there is no list of every agency). A token with anything
 * else, or a claim that is not text, is refused with 403 before any resource sees it, so no request runs for an
 * organisation that does not exist (and none fails later on a claim it cannot read).
 */
public class OrganisationClaims {
    private static final Pattern SCHOOL = Pattern.compile("^URN:\\d{6}$");
    private static final Pattern FORCE = Pattern.compile("^FORCE:([A-Z]+)$");
    private static final Pattern AGENCY = Pattern.compile("^ORG:[A-Z0-9][A-Z0-9-]*$");
    private static final int SHOWN = 24;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> refuseUnknownOrganisations() {
        // an unauthenticated request, or a token that fails verification, goes on to the endpoint's own check
        return identities.getDeferredIdentity().onFailure().recoverWithNull()
                .map(identity -> problem(identity).map(detail -> Problem.of(Response.Status.FORBIDDEN, detail)
                        .toResponse()).orElse(null));
    }

    private static Optional<String> problem(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return problem(token.getClaim("la"), token.getClaim("org"));
    }

    /** What is wrong with a token's {@code la} and {@code org} claims, if anything. */
    static Optional<String> problem(Object la, Object org) {
        if (la != null && !(la instanceof String code && EnglishAuthorities.shipped().find(code).isPresent())) {
            return Optional.of("Your token's la claim (" + shown(la) + ") is not the ONS code of an English "
                    + "children's services authority.");
        }
        if (org != null && !(org instanceof String name && knownOrganisation(name))) {
            return Optional.of("Your token's org claim (" + shown(org) + ") is not a school (URN:<6 digits>), a "
                    + "police force of England and Wales (FORCE:<code>) or an agency (ORG:<code>).");
        }
        return Optional.empty();
    }

    private static boolean knownOrganisation(String org) {
        if (SCHOOL.matcher(org).matches() || AGENCY.matcher(org).matches()) {
            return true;
        }
        var force = FORCE.matcher(org);
        return force.matches() && PoliceForces.shipped().find(force.group(1)).isPresent();
    }

    private static String shown(Object claim) {
        String text = String.valueOf(claim);
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
