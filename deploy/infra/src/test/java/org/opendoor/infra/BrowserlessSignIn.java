package org.opendoor.infra;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does when a person signs in to the web front end through Keycloak (authorization code flow with
 * PKCE), done with {@code java.net.http}: one cookie jar, no redirects followed so each step can be checked.
 * Keycloak marks its cookies {@code Secure}; like a browser, the jar sends them back to {@code http://localhost},
 * a potentially trustworthy origin.
 */
final class BrowserlessSignIn {
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityProvider provider;
    private final String redirectUri;
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new LocalhostIsSecure(new CookieManager(null, CookiePolicy.ACCEPT_ALL)))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    BrowserlessSignIn(IdentityProvider provider, String redirectUri) {
        this.provider = provider;
        this.redirectUri = redirectUri;
    }

    /** A PKCE pair: the secret the client keeps and the S256 challenge it sends. */
    record Pkce(String verifier, String challenge) {
        static Pkce create() {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String verifier = base64Url(secret);
            try {
                return new Pkce(verifier, base64Url(MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII))));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The authorization request the web front end sends the browser to. */
    HttpResponse<String> authorize(String clientId, String state, Pkce pkce) throws Exception {
        Map<String, String> query = new LinkedHashMap<>(Map.of("client_id", clientId, "response_type", "code",
                "scope", "openid", "redirect_uri", redirectUri, "state", state, "nonce", state));
        if (pkce != null) {
            query.put("code_challenge", pkce.challenge());
            query.put("code_challenge_method", "S256");
        }
        return get(provider.authorizationEndpoint() + "?" + IdentityProvider.form(query));
    }

    /** Fills in Keycloak's login page and submits it; answers the redirect back to the client. */
    HttpResponse<String> submitLogin(HttpResponse<String> loginPage, String username, String password) throws Exception {
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new AssertionError("No login form in " + loginPage.body());
        }
        String action = form.group(1).replace("&amp;", "&");
        return browser.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(IdentityProvider.form(Map.of("username", username,
                        "password", password, "credentialId", "")))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The query parameters of a redirect's Location. */
    static Map<String, String> redirectParameters(HttpResponse<?> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Not a redirect: " + redirect.statusCode() + " " + redirect.body()));
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(location).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        parameters.put("location", location);
        return parameters;
    }

    /** A cookie jar that treats http://localhost as a secure context, as browsers do. */
    private static final class LocalhostIsSecure extends CookieHandler {
        private final CookieHandler jar;

        LocalhostIsSecure(CookieHandler jar) {
            this.jar = jar;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            if ("http".equals(uri.getScheme()) && "localhost".equals(uri.getHost())) {
                try {
                    uri = new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(),
                            uri.getQuery(), null);
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            }
            return jar.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            jar.put(uri, responseHeaders);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
