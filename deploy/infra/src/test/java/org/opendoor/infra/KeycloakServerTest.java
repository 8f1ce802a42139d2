package org.opendoor.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Keycloak on the embedded PostgreSQL, started as a {@code @QuarkusTest} would get it
 * ({@link OpenDoorTestResource} with {@code keycloak=true}), used as the services and the web front end will use
 * it: tokens for partner systems (client credentials) and demo users, verified against the JWKS; the web front
 * end's sign-in (authorization code with PKCE) and sign-out at the provider; a second server on the same database.
 */
class KeycloakServerTest {
    private static final Set<String> ROLES = Set.of("school", "police", "call_handler", "professional", "duty_worker",
            "duty_manager", "auditor", "rules_admin", "analyst");
    private static Map<String, String> config;
    private static Duration firstStart;
    private static IdentityProvider provider;
    private static JwtConsumer verifier;

    @BeforeAll
    static void start() {
        OpenDoorTestResource resource = new OpenDoorTestResource();
        resource.init(Map.of("keycloak", "true"));
        long started = System.nanoTime();
        config = resource.start();
        firstStart = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("PostgreSQL, Kafka, SMTP and Keycloak (empty database) ready in %d ms%n", firstStart.toMillis());
        provider = new IdentityProvider(config.get("opendoor.keycloak.url"));
        verifier = verifierFor(provider);
    }

    @Test
    void theIssuerIsKeycloaksFixedAddressAndItsJwksIsPublished() {
        assertThat(provider.baseUrl()).matches("http://localhost:[0-9]+");
        assertThat(provider.issuer()).isEqualTo(provider.baseUrl() + "/realms/opendoor");
        assertThat(provider.jwksUrl()).isEqualTo(provider.issuer() + "/protocol/openid-connect/certs");
        assertThat(config).containsEntry("opendoor.keycloak.issuer", provider.issuer())
                .containsEntry("opendoor.keycloak.jwks-url", provider.jwksUrl())
                .containsEntry("mp.jwt.verify.publickey.location", provider.jwksUrl())
                .containsEntry("mp.jwt.verify.issuer", provider.issuer()).containsEntry("mp.jwt.verify.audiences", "opendoor");
        assertThat(TestInfrastructure.sharedWithKeycloak().identityProvider()).contains(provider);
        // tests on development tokens keep the development key's configuration even once Keycloak runs
        assertThat(TestInfrastructure.shared().identityProvider()).isEmpty();
        assertThat(TestInfrastructure.shared().serviceConfig()).containsEntry("mp.jwt.verify.issuer", DevKeys.ISSUER);
    }

    @Test
    void theRealmSignsWithTheDevelopmentKeySoItsTokensAndDevelopmentTokensVerifyAlike() throws Exception {
        InfraEndpoints endpoints = TestInfrastructure.sharedWithKeycloak();
        String keycloakToken = provider.tokenForUser("duty-worker");
        assertThat(new org.jose4j.jws.JsonWebSignature() {
            {
                setCompactSerialization(keycloakToken);
            }
        }.getKeyIdHeaderValue()).isEqualTo(endpoints.keys().keyId());
        String minted = endpoints.tokens().mint("duty_manager", null, "E10000018", null);
        JwtClaims claims = verify(minted);
        assertThat(claims.getIssuer()).isEqualTo(provider.issuer());
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("duty_manager");
    }

    @Test
    void partnerSystemsGetClientCredentialsTokensWithTheirRoleAndOrganisation() throws Exception {
        assertThat(DemoRealm.load().partnerClients()).containsExactlyInAnyOrder("school-100001", "police-leics",
                "police-derbyshire");

        JwtClaims school = verify(provider.tokenForClient("school-100001"));
        assertThat(school.getStringListClaimValue("groups")).containsExactly("school");
        assertThat(school.getClaimValueAsString("org")).isEqualTo("URN:100001");
        assertThat(school.getClaimValueAsString("azp")).isEqualTo("school-100001");

        JwtClaims police = verify(provider.tokenForClient("police-leics"));
        assertThat(police.getStringListClaimValue("groups")).containsExactly("police");
        assertThat(police.getClaimValueAsString("org")).isEqualTo("FORCE:LEICS");
        assertThat(police.hasClaim("la")).isFalse();

        // a force's performance team submits its partner figures to its partnership's briefing
        JwtClaims derbyshire = verify(provider.tokenForClient("police-derbyshire"));
        assertThat(derbyshire.getStringListClaimValue("groups")).containsExactly("analyst");
        assertThat(derbyshire.getClaimValueAsString("org")).isEqualTo("FORCE:DERBYS");
        assertThat(derbyshire.getClaimValueAsString("partnership")).isEqualTo("DDSCP");
    }

    @Test
    void everyDemoUserSignsInWithTheirRoleAndClaims() throws Exception {
        List<DemoRealm.DemoUser> users = DemoRealm.load().users();
        assertThat(users.stream().map(DemoRealm.DemoUser::role).collect(Collectors.toSet())).isEqualTo(ROLES);
        for (DemoRealm.DemoUser user : users) {
            JwtClaims claims = verify(provider.tokenForUser(user.username()));
            assertThat(claims.getStringListClaimValue("groups")).as(user.username()).containsExactly(user.role());
            assertThat(claims.getClaimValueAsString("name")).as(user.username()).isEqualTo(user.name());
            user.claims().forEach((claim, value) ->
                    assertThat(claims.getClaimValueAsString(claim)).as(user.username() + " " + claim).isEqualTo(value));
        }
    }

    @Test
    void dutyWorkersOfTwoAuthoritiesCarryTheirAuthorityAndTeam() throws Exception {
        JwtClaims leicestershire = verify(provider.tokenForUser("duty-worker"));
        assertThat(leicestershire.getClaimValueAsString("la")).isEqualTo("E10000018");
        assertThat(leicestershire.getClaimValueAsString("team")).isEqualTo("leicestershire-first-response");
        JwtClaims derby = verify(provider.tokenForUser("duty-worker-derby"));
        assertThat(derby.getClaimValueAsString("la")).isEqualTo("E06000015");
        assertThat(derby.getStringListClaimValue("groups")).containsExactly("duty_worker");
        assertThat(verify(provider.tokenForUser("school")).getClaimValueAsString("org")).isEqualTo("URN:100001");
        assertThat(verify(provider.tokenForUser("analyst")).getClaimValueAsString("partnership")).isEqualTo("DDSCP");
        assertThat(verify(provider.tokenForUser("analyst-llr")).getClaimValueAsString("partnership")).isEqualTo("LLR");
        assertThat(verify(provider.tokenForUser("analyst-ddscp")).getClaimValueAsString("partnership"))
                .isEqualTo("DDSCP");
    }

    @Test
    void accessTokensLastFifteenMinutesAndSessionsIdleOutAfterThirty() throws Exception {
        IdentityProvider.IssuedTokens tokens = provider.signIn("duty-manager");
        JwtClaims claims = verify(tokens.accessToken());
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(tokens.expiresInSeconds()).isEqualTo(lifetime);
        // counted from the session's last use, so a second may have passed
        assertThat(tokens.refreshExpiresInSeconds()).isBetween(Duration.ofMinutes(30).toSeconds() - 5,
                Duration.ofMinutes(30).toSeconds());
    }

    @Test
    void aTokenSignedWithAKeyThatIsNotTheRealmsIsRefused() throws Exception {
        org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
        jws.setPayload("{\"iss\":\"" + provider.issuer() + "\",\"aud\":\"opendoor\",\"sub\":\"x\","
                + "\"groups\":[\"duty_manager\"],\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        // an attacker's key, announced under the realm key's kid
        jws.setKey(org.jose4j.jwk.RsaJwkGenerator.generateJwk(2048).getPrivateKey());
        jws.setKeyIdHeaderValue(TestInfrastructure.sharedWithKeycloak().keys().keyId());
        String forged = jws.getCompactSerialization();
        assertThatThrownBy(() -> verifier.processToClaims(forged)).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void theWebFrontEndSignsPeopleInWithPkceAndSignOutEndsTheSession() throws Exception {
        DemoRealm realm = DemoRealm.load();
        String callback = "http://localhost:" + FreePort.find() + "/callback";
        BrowserlessSignIn browser = new BrowserlessSignIn(provider, callback);

        // without a code challenge the provider refuses to start the flow
        Map<String, String> refused = BrowserlessSignIn.redirectParameters(browser.authorize(DemoRealm.WEB_CLIENT, "s0", null));
        assertThat(refused).containsEntry("error", "invalid_request");
        assertThat(refused.get("error_description")).contains("code_challenge_method");
        // nor to send anyone to an address that is not the front end's
        assertThat(new BrowserlessSignIn(provider, "http://evil.example/callback")
                .authorize(DemoRealm.WEB_CLIENT, "s0", BrowserlessSignIn.Pkce.create()).statusCode()).isEqualTo(400);

        BrowserlessSignIn.Pkce pkce = BrowserlessSignIn.Pkce.create();
        HttpResponse<String> loginPage = browser.authorize(DemoRealm.WEB_CLIENT, "s1", pkce);
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Map<String, String> back = BrowserlessSignIn.redirectParameters(
                browser.submitLogin(loginPage, "duty-worker", realm.user("duty-worker").password()));
        assertThat(back.get("location")).startsWith(callback + "?");
        assertThat(back).containsEntry("state", "s1").containsEntry("iss", provider.issuer()).containsKey("code");

        IdentityProvider.IssuedTokens tokens = exchange(back.get("code"), callback, pkce.verifier());
        JwtClaims access = verify(tokens.accessToken());
        assertThat(access.getStringListClaimValue("groups")).containsExactly("duty_worker");
        assertThat(access.getClaimValueAsString("la")).isEqualTo("E10000018");
        assertThat(access.getClaimValueAsString("azp")).isEqualTo(DemoRealm.WEB_CLIENT);
        assertThat(tokens.idToken()).isNotBlank();

        // signed in already: the next authorization answers at once, and its code needs the matching verifier
        BrowserlessSignIn.Pkce second = BrowserlessSignIn.Pkce.create();
        Map<String, String> again = BrowserlessSignIn.redirectParameters(browser.authorize(DemoRealm.WEB_CLIENT, "s2", second));
        assertThatThrownBy(() -> exchange(again.get("code"), callback, pkce.verifier()))
                .hasMessageContaining("invalid_grant").hasMessageContaining("PKCE");

        // sign-out at the provider ends the session: the refresh token stops working
        Map<String, String> signedOut = BrowserlessSignIn.redirectParameters(browser.get(provider.endSessionEndpoint() + "?"
                + IdentityProvider.form(Map.of("id_token_hint", tokens.idToken(), "post_logout_redirect_uri", callback,
                        "state", "bye"))));
        assertThat(signedOut.get("location")).startsWith(callback + "?");
        assertThat(signedOut).containsEntry("state", "bye");
        assertThatThrownBy(() -> provider.requestTokens(Map.of("grant_type", "refresh_token", "client_id",
                DemoRealm.WEB_CLIENT, "client_secret", realm.clientSecret(DemoRealm.WEB_CLIENT),
                "refresh_token", tokens.refreshToken()))).hasMessageContaining("invalid_grant");
    }

    @Test
    void aServerStartedLaterOnTheSameDatabaseFindsTheRealmAndStartsQuicker() throws Exception {
        KeycloakDistribution distribution = KeycloakDistribution.prepare(KeycloakJdk.find(), message -> {
        });
        List<String> progress = new java.util.ArrayList<>();
        Path home = Files.createTempDirectory("keycloak-later-");
        Duration later;
        long stopping;
        try (KeycloakServer second = KeycloakServer.start(home, FreePort.findOutsideEphemeralRange(),
                KeycloakDatabase.on(TestInfrastructure.shared().postgresPort()), distribution,
                TestInfrastructure.shared().keys(), true, progress::add)) {
            later = second.lastStartUp();
            IdentityProvider secondProvider = second.identityProvider();
            JwtClaims claims = verifierFor(secondProvider).processToClaims(secondProvider.tokenForUser("duty-worker-derby"));
            assertThat(claims.getClaimValueAsString("la")).isEqualTo("E06000015");
            stopping = System.nanoTime();
        }
        System.out.printf("Keycloak on an existing database ready in %d ms; stopped in %d ms%n", later.toMillis(),
                (System.nanoTime() - stopping) / 1_000_000);
        assertThat(progress).as("no new database, no import").isEmpty();
        assertThat(later).isLessThan(firstStart);
        // the first stop on a JDK leaves the class-data archive later starts map
        assertThat(distribution.classDataArchive()).exists();
        assertThat(home).doesNotExist();
    }

    @Test
    void keycloaksDatabaseIsMadeAfreshWhenTheRealmFileChanges() {
        KeycloakDatabase database = new KeycloakDatabase("127.0.0.1", TestInfrastructure.shared().postgresPort(),
                "keycloak_label_test", PostgresServer.USER, PostgresServer.USER);
        assertThat(database.prepare("first")).isEqualTo(KeycloakDatabase.Preparation.CREATED);
        assertThat(database.prepare("first")).isEqualTo(KeycloakDatabase.Preparation.KEPT);
        assertThat(database.prepare("second")).isEqualTo(KeycloakDatabase.Preparation.RECREATED);
        assertThat(database.prepare("second")).isEqualTo(KeycloakDatabase.Preparation.KEPT);
    }

    private static IdentityProvider.IssuedTokens exchange(String code, String redirectUri, String codeVerifier) {
        return provider.requestTokens(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "client_id", DemoRealm.WEB_CLIENT,
                "client_secret", DemoRealm.load().clientSecret(DemoRealm.WEB_CLIENT), "code_verifier", codeVerifier));
    }

    private static JwtClaims verify(String token) throws InvalidJwtException {
        return verifier.processToClaims(token);
    }

    /** Verifies as a service will: keys from the JWKS, RS256 only, issuer, audience, expiry and subject required. */
    private static JwtConsumer verifierFor(IdentityProvider provider) {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(provider.jwksUrl())))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(provider.issuer()).setExpectedAudience(DemoRealm.AUDIENCE)
                .setRequireExpirationTime().setRequireSubject().setAllowedClockSkewInSeconds(5).build();
    }
}
