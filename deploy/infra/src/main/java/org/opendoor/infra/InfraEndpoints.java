package org.opendoor.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the embedded infrastructure listens, and the configuration a service needs to use it.
 * {@code keycloakUrl} is Keycloak's address when it was started, else null.
 */
public record InfraEndpoints(String jdbcUrl, String bootstrapServers, int smtpPort, int imapPort, Path jwtDirectory,
        String keycloakUrl) {

    /**
     * MicroProfile config for a service: database, broker, mail and token verification: Keycloak's JWKS, issuer and
     * audience when Keycloak runs, else the development key's public half.
     */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.USER);
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("opendoor.smtp.host", "127.0.0.1");
        config.put("opendoor.smtp.port", Integer.toString(smtpPort));
        Optional<IdentityProvider> provider = identityProvider();
        if (provider.isPresent()) {
            config.putAll(provider.get().verificationConfig());
        } else {
            config.put("mp.jwt.verify.publickey.location", keys().publicKeyFile().toUri().toString());
            config.put("smallrye.jwt.verify.key-format", "PEM_KEY");
            config.put("mp.jwt.verify.issuer", DevKeys.ISSUER);
            config.put("mp.jwt.verify.audiences", DevKeys.AUDIENCE);
        }
        return config;
    }

    /** The embedded PostgreSQL's port. */
    public int postgresPort() {
        return java.net.URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
    }

    public DevKeys keys() {
        return new DevKeys(jwtDirectory);
    }

    /** Development-key tokens, with the issuer the services verify (Keycloak's when it runs). */
    public Tokens tokens() {
        return new Tokens(keys(), identityProvider().map(IdentityProvider::issuer).orElse(DevKeys.ISSUER));
    }

    public Mailbox mailbox() {
        return new Mailbox(imapPort);
    }

    /** The identity provider (issuer, JWKS, tokens for demo users and partner systems), when Keycloak runs. */
    public Optional<IdentityProvider> identityProvider() {
        return Optional.ofNullable(keycloakUrl).map(IdentityProvider::new);
    }

    /** The same infrastructure as seen by a service that does not use Keycloak (development key). */
    public InfraEndpoints withoutKeycloak() {
        return withKeycloakUrl(null);
    }

    public InfraEndpoints withKeycloakUrl(String url) {
        return new InfraEndpoints(jdbcUrl, bootstrapServers, smtpPort, imapPort, jwtDirectory, url);
    }

    Map<String, String> toProperties(String prefix) {
        Map<String, String> properties = new HashMap<>(Map.of(prefix + "jdbcUrl", jdbcUrl,
                prefix + "bootstrapServers", bootstrapServers, prefix + "smtpPort", Integer.toString(smtpPort),
                prefix + "imapPort", Integer.toString(imapPort), prefix + "jwtDirectory", jwtDirectory.toString()));
        if (keycloakUrl != null) {
            properties.put(prefix + "keycloakUrl", keycloakUrl);
        }
        return properties;
    }

    static InfraEndpoints fromProperties(String prefix) {
        String jdbc = System.getProperty(prefix + "jdbcUrl");
        if (jdbc == null) {
            return null;
        }
        return new InfraEndpoints(jdbc, System.getProperty(prefix + "bootstrapServers"),
                Integer.parseInt(System.getProperty(prefix + "smtpPort")),
                Integer.parseInt(System.getProperty(prefix + "imapPort")),
                Path.of(System.getProperty(prefix + "jwtDirectory")), System.getProperty(prefix + "keycloakUrl"));
    }
}
