package org.opendoor.infra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * OpenDoor's realm on the embedded Keycloak, as its callers see it: the issuer and JWKS a service verifies tokens
 * with, the endpoints the web front end signs people in through, and tokens for demo users and partner systems.
 * {@code baseUrl} is Keycloak's fixed public address (e.g. {@code http://localhost:8180}); every token's {@code iss}
 * is {@link #issuer()} whichever address the request came in on.
 */
public record IdentityProvider(String baseUrl) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** What a token request answered. */
    public record IssuedTokens(String accessToken, String idToken, String refreshToken, long expiresInSeconds,
            long refreshExpiresInSeconds) {
    }

    public String issuer() {
        return baseUrl + "/realms/" + DemoRealm.NAME;
    }

    public String discoveryUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    public String jwksUrl() {
        return endpoint("certs");
    }

    public String tokenEndpoint() {
        return endpoint("token");
    }

    public String authorizationEndpoint() {
        return endpoint("auth");
    }

    public String endSessionEndpoint() {
        return endpoint("logout");
    }

    /** Keycloak's admin console (master realm; embedded bootstrap admin, see {@link KeycloakServer#ADMIN}). */
    public String adminConsole() {
        return baseUrl + "/admin/";
    }

    /**
     * MicroProfile JWT configuration under which a service accepts this provider's tokens: keys from the JWKS,
     * issuer and audience checked.
     */
    public Map<String, String> verificationConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.jwt.verify.publickey.location", jwksUrl());
        config.put("smallrye.jwt.verify.key-format", "JWK");
        config.put("mp.jwt.verify.issuer", issuer());
        config.put("mp.jwt.verify.audiences", DemoRealm.AUDIENCE);
        return config;
    }

    /** A demo user's access token, through the test-only password-grant client. */
    public String tokenForUser(String username) {
        return signIn(username).accessToken();
    }

    /** A demo user's tokens (access, ID and refresh), through the test-only password-grant client. */
    public IssuedTokens signIn(String username) {
        DemoRealm realm = DemoRealm.load();
        return requestTokens(Map.of("grant_type", "password", "client_id", DemoRealm.TEST_CLIENT,
                "client_secret", realm.clientSecret(DemoRealm.TEST_CLIENT), "username", username,
                "password", realm.user(username).password(), "scope", "openid"));
    }

    /** A partner system's access token (client-credentials grant with its demo secret). */
    public String tokenForClient(String clientId) {
        return requestTokens(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", DemoRealm.load().clientSecret(clientId))).accessToken();
    }

    /** Posts a token request ({@code grant_type} and the rest) to the token endpoint; fails on any refusal. */
    public IssuedTokens requestTokens(Map<String, String> form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the " + form.get("grant_type") + " token request: "
                    + response.statusCode() + " " + response.body());
        }
        try {
            Map<String, Object> body = JsonUtil.parseJson(response.body());
            return new IssuedTokens((String) body.get("access_token"), (String) body.get("id_token"),
                    (String) body.get("refresh_token"), number(body.get("expires_in")),
                    number(body.get("refresh_expires_in")));
        } catch (JoseException e) {
            throw new IllegalStateException("Keycloak answered a token request with " + response.body(), e);
        }
    }

    /** Whether the realm's discovery document answers (Keycloak is up and the realm imported). */
    public boolean isUp() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(discoveryUrl())).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String endpoint(String name) {
        return issuer() + "/protocol/openid-connect/" + name;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted waiting for " + request.uri(), e);
        }
    }
}
