package org.opendoor.frontend.staff;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person signed in through OpenID Connect, for this request: their name (the ID token's {@code name}), their
 * roles (the access token's {@code groups}, as the services read them), the pages those roles may use, and the
 * access token the pages pass on to the services, so each service decides for itself what this person may see.
 */
@RequestScoped
@Named("staffMember")
public class StaffMember {
    private final SecurityIdentity identity;
    private final Instance<JsonWebToken> idToken;
    private final Instance<AccessTokenCredential> accessToken;

    /** In a web-app tenant the plain {@code JsonWebToken} is the ID token. */
    public StaffMember(SecurityIdentity identity, Instance<JsonWebToken> idToken,
            Instance<AccessTokenCredential> accessToken) {
        this.identity = identity;
        this.idToken = idToken;
        this.accessToken = accessToken;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        if (!signedIn()) {
            return "";
        }
        String name = idToken.get().getClaim("name");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public boolean is(StaffRole role) {
        return identity.hasRole(role.claim());
    }

    /** Duty managers also see the partnership hub's cases. */
    public boolean manager() {
        return is(StaffRole.DUTY_MANAGER);
    }

    /** The pages this person's roles open, in the order the navigation shows them. */
    public List<StaffRole.Link> links() {
        return StaffRole.linksFor(identity.getRoles());
    }

    /** Where this person starts: the first page of their role, or the page that says there is none. */
    public String home() {
        List<StaffRole.Link> links = links();
        return links.isEmpty() ? "/staff/no-pages" : links.get(0).href();
    }

    /** The ONS code of the person's authority (the {@code la} claim), or null when they have none. */
    public String authority() {
        if (!signedIn()) {
            return null;
        }
        Object la = idToken.get().getClaim("la");
        return la == null || la.toString().isBlank() ? null : la.toString();
    }

    /** {@code Authorization} header value for calling a service as this person. */
    public String bearer() {
        return "Bearer " + accessToken.get().getToken();
    }
}
