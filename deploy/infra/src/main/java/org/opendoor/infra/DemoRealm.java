package org.opendoor.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The realm the embedded Keycloak imports ({@code opendoor-realm.json} beside this class): one demo user per role,
 * the web front end's client, partner systems' client-credentials clients and one test-only password-grant client.
 * Passwords and secrets in it are for embedded and demo use only.
 */
public final class DemoRealm {
    public static final String NAME = "opendoor";
    /** The client whose roles are the {@code groups} claim, and the audience of every token. */
    public static final String AUDIENCE = "opendoor";
    /** The web front end: authorization code flow with PKCE (S256). */
    public static final String WEB_CLIENT = "opendoor-web";
    /** Test and demo tooling only: exchanges a demo user's password for tokens (direct access grant). */
    public static final String TEST_CLIENT = "opendoor-test-direct-grant";
    private static final String RESOURCE = "opendoor-realm.json";

    private final byte[] json;
    private final Map<String, Object> realm;

    private DemoRealm(byte[] json) {
        this.json = json;
        try {
            this.realm = JsonUtil.parseJson(new String(json, StandardCharsets.UTF_8));
        } catch (JoseException e) {
            throw new IllegalStateException(RESOURCE + " is not valid JSON", e);
        }
        if (!NAME.equals(realm.get("realm"))) {
            throw new IllegalStateException(RESOURCE + " must define the realm " + NAME);
        }
    }

    public static DemoRealm load() {
        try (InputStream in = DemoRealm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the embedded-infra module");
            }
            return new DemoRealm(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo person: who they are, the role they sign in with and their claims ({@code org}, {@code la}, ...). */
    public record DemoUser(String username, String password, String role, String name, Map<String, String> claims) {
    }

    public byte[] json() {
        return json.clone();
    }

    public String fingerprint() {
        return Fingerprint.of(json);
    }

    /**
     * The realm as Keycloak imports it in embedded mode: the repository's file plus the development key pair as the
     * realm's RS256 signing key (Keycloak's imported-key provider {@code rsa}, above the generated key's priority),
     * so the JWKS the services verify names that key. Each checkout has its own pair; the private key never leaves
     * the machine's {@code .opendoor/}.
     */
    public DemoRealm signingWith(DevKeys keys) {
        Map<String, Object> copy = new LinkedHashMap<>(realm);
        @SuppressWarnings("unchecked")
        Map<String, Object> components = new LinkedHashMap<>((Map<String, Object>) copy.getOrDefault("components",
                Map.of()));
        components.put("org.keycloak.keys.KeyProvider", List.of(Map.of("name", "opendoor-development-key",
                "providerId", "rsa", "subComponents", Map.of(), "config", Map.of("priority", List.of("200"),
                        "enabled", List.of("true"), "active", List.of("true"), "algorithm", List.of("RS256"),
                        "privateKey", List.of(keys.privateKeyPem())))));
        copy.put("components", components);
        return new DemoRealm(JsonUtil.toJson(copy).getBytes(StandardCharsets.UTF_8));
    }

    public List<DemoUser> users() {
        return list(realm, "users").stream().filter(u -> !u.containsKey("serviceAccountClientId"))
                .map(DemoRealm::user).toList();
    }

    public DemoUser user(String username) {
        return users().stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username + " in " + RESOURCE
                        + "; there are " + users().stream().map(DemoUser::username).toList()));
    }

    /** Partner systems: the clients that get tokens with their own credentials (client-credentials grant). */
    public List<String> partnerClients() {
        return list(realm, "clients").stream().filter(c -> Boolean.TRUE.equals(c.get("serviceAccountsEnabled")))
                .map(c -> (String) c.get("clientId")).toList();
    }

    public String clientSecret(String clientId) {
        return list(realm, "clients").stream().filter(c -> clientId.equals(c.get("clientId")))
                .map(c -> (String) c.get("secret")).filter(s -> s != null).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No confidential client " + clientId + " in " + RESOURCE));
    }

    private static DemoUser user(Map<String, Object> u) {
        String username = (String) u.get("username");
        String password = list(u, "credentials").stream().filter(c -> "password".equals(c.get("type")))
                .map(c -> (String) c.get("value")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo user " + username + " has no password"));
        List<?> roles = (List<?>) ((Map<?, ?>) u.getOrDefault("clientRoles", Map.of())).get(AUDIENCE);
        if (roles == null || roles.size() != 1) {
            throw new IllegalStateException("Demo user " + username + " must have exactly one " + AUDIENCE + " role");
        }
        Map<String, String> claims = new LinkedHashMap<>();
        ((Map<?, ?>) u.getOrDefault("attributes", Map.of())).forEach((k, v) -> claims.put((String) k,
                (String) ((List<?>) v).get(0)));
        return new DemoUser(username, password, (String) roles.get(0), u.get("firstName") + " " + u.get("lastName"),
                Map.copyOf(claims));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
