package org.opendoor.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production start-up check against configuration built as a service builds it. */
class DevelopmentDefaultsTest {
    /** What agency-notify's application.properties and the embedded stack give it. */
    private static Map<String, String> embedded() {
        Map<String, String> c = new HashMap<>();
        c.put("mp.jwt.verify.publickey.location", "file:///work/repo/.opendoor/jwt/public.pem");
        c.put("mp.jwt.verify.issuer", "https://opendoor.local");
        c.put("quarkus.datasource.username", "postgres");
        c.put("quarkus.datasource.password", "postgres");
        c.put("opendoor.smtp.host", "127.0.0.1");
        c.put("quarkus.mailer.host", "${opendoor.smtp.host:127.0.0.1}");
        c.put("quarkus.mailer.tls", "false");
        c.put("quarkus.mailer.start-tls", "OPTIONAL");
        c.put("quarkus.mailer.login", "NONE");
        c.put("notify.links.web-base", "${opendoor.web-base:http://localhost:8080}");
        c.put("notify.links.intake-base", "http://127.0.0.1:8081");
        c.put(DevelopmentDefaults.LINKS, "notify.links.web-base,notify.links.intake-base");
        c.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        return c;
    }

    /** The same service configured for production. */
    private static Map<String, String> production() {
        Map<String, String> c = new HashMap<>();
        c.put("mp.jwt.verify.publickey.location", "https://login.council.example/realms/od/protocol/openid-connect/certs");
        c.put("mp.jwt.verify.issuer", "https://login.council.example/realms/od");
        c.put("smallrye.jwt.time-to-live", "3600");
        c.put("quarkus.datasource.username", "agency_notify");
        c.put("quarkus.datasource.password", "s3cret-from-the-vault");
        c.put("quarkus.mailer.host", "smtp.council.example");
        c.put("quarkus.mailer.tls", "false");
        c.put("quarkus.mailer.start-tls", "REQUIRED");
        c.put("quarkus.mailer.login", "REQUIRED");
        c.put("quarkus.mailer.username", "opendoor");
        c.put("notify.links.web-base", "https://opendoor.council.example");
        c.put("notify.links.intake-base", "https://api.opendoor.council.example");
        c.put(DevelopmentDefaults.LINKS, "notify.links.web-base,notify.links.intake-base");
        c.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        c.put("quarkus.http.proxy.trusted-proxies", "10.1.0.0/16");
        return c;
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void everyDevelopmentDefaultIsOneLineNamingItsKey() {
        List<String> problems = DevelopmentDefaults.in(config(embedded()));

        assertThat(problems).allSatisfy(p -> assertThat(p).doesNotContain("\n"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("mp.jwt.verify.publickey.location is the "
                + "development key (file:///work/repo/.opendoor/jwt/public.pem)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("mp.jwt.verify.issuer is a development issuer"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("smallrye.jwt.time-to-live is not set"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("postgres/postgres"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("quarkus.mailer.host is this machine (127.0.0.1"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("start-tls is OPTIONAL"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("quarkus.mailer.login is NONE with no "
                + "quarkus.mailer.username"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(
                "notify.links.web-base links to this machine (http://localhost:8080)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(
                "notify.links.intake-base links to this machine (http://127.0.0.1:8081)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(
                "quarkus.http.proxy.proxy-address-forwarding is true with no quarkus.http.proxy.trusted-proxies"));
        assertThat(problems).hasSize(10);
    }

    @Test
    void aProductionConfigurationPasses() {
        assertThat(DevelopmentDefaults.in(config(production()))).isEmpty();
    }

    @Test
    void theEmbeddedKeycloakAndImplicitTlsWithoutLoginAreRefusedToo() {
        Map<String, String> c = production();
        c.put("mp.jwt.verify.publickey.location", "http://localhost:8180/realms/opendoor/protocol/openid-connect/certs");
        c.put("quarkus.mailer.tls", "true");
        c.put("quarkus.mailer.start-tls", "DISABLED");
        c.put("quarkus.mailer.login", "NONE");

        assertThat(DevelopmentDefaults.in(config(c))).containsExactly(
                "mp.jwt.verify.publickey.location is on this machine (http://localhost:8180/realms/opendoor/protocol/"
                        + "openid-connect/certs, the embedded Keycloak): set it to your identity provider's JWKS URL.",
                "quarkus.mailer.login is NONE: set login=REQUIRED with the relay's username and password.");
    }

    @Test
    void aServiceWithoutMailOrLinksIsNotAskedForThem() {
        Map<String, String> c = production();
        c.keySet().removeIf(k -> k.startsWith("quarkus.mailer.") || k.startsWith("notify.links.")
                || k.equals(DevelopmentDefaults.LINKS));
        assertThat(DevelopmentDefaults.in(config(c))).isEmpty();
    }

    @Test
    void requirementsOfTheServicesBeansAreAddedToTheDefaults() {
        ProductionRequirement calendar = now -> List.of("Bank holidays are known only until 2027-12-31.");
        assertThat(ProductionStart.problems(config(production()), List.of(calendar), Instant.now()))
                .containsExactly("Bank holidays are known only until 2027-12-31.");
    }
}
