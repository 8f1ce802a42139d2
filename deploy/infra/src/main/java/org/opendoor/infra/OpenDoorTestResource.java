package org.opendoor.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The test resource every service's {@code @QuarkusTest}s share: real PostgreSQL, Kafka and SMTP, started once
 * per test JVM, and the configuration that points the service at them; tokens are verified with the development
 * key. With the argument {@code keycloak=true} ({@code @ResourceArg}) Keycloak runs too, the service verifies
 * Keycloak's JWKS and issuer, and the configuration adds {@code opendoor.keycloak.url},
 * {@code opendoor.keycloak.issuer} and {@code opendoor.keycloak.jwks-url} for the test's own properties to use.
 */
public class OpenDoorTestResource implements QuarkusTestResourceLifecycleManager {
    private boolean keycloak;

    @Override
    public void init(Map<String, String> initArgs) {
        String value = initArgs.getOrDefault("keycloak", "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("OpenDoorTestResource argument keycloak must be true or false, not " + value);
        }
        keycloak = Boolean.parseBoolean(value);
    }

    @Override
    public Map<String, String> start() {
        if (!keycloak) {
            return TestInfrastructure.shared().serviceConfig();
        }
        InfraEndpoints endpoints = TestInfrastructure.sharedWithKeycloak();
        IdentityProvider provider = endpoints.identityProvider().orElseThrow();
        Map<String, String> config = new HashMap<>(endpoints.serviceConfig());
        config.put("opendoor.keycloak.url", provider.baseUrl());
        config.put("opendoor.keycloak.issuer", provider.issuer());
        config.put("opendoor.keycloak.jwks-url", provider.jwksUrl());
        return config;
    }

    @Override
    public void stop() {
        // the infrastructure outlives each Quarkus application and stops when the test JVM exits
    }
}
