package org.opendoor.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the embedded infrastructure listens, and the configuration a service needs to use it. */
public record InfraEndpoints(String jdbcUrl, String bootstrapServers, int smtpPort, int imapPort, Path jwtDirectory) {

    /** MicroProfile config for a service: database, broker, mail and token verification. */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.USER);
        config.put("kafka.bootstrap.servers", bootstrapServers);
        config.put("opendoor.smtp.host", "127.0.0.1");
        config.put("opendoor.smtp.port", Integer.toString(smtpPort));
        config.put("mp.jwt.verify.publickey.location", keys().publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", DevKeys.ISSUER);
        config.put("mp.jwt.verify.audiences", DevKeys.AUDIENCE);
        return config;
    }

    public DevKeys keys() {
        return new DevKeys(jwtDirectory);
    }

    public Tokens tokens() {
        return new Tokens(keys());
    }

    public Mailbox mailbox() {
        return new Mailbox(imapPort);
    }

    Map<String, String> toProperties(String prefix) {
        return Map.of(prefix + "jdbcUrl", jdbcUrl, prefix + "bootstrapServers", bootstrapServers,
                prefix + "smtpPort", Integer.toString(smtpPort), prefix + "imapPort", Integer.toString(imapPort),
                prefix + "jwtDirectory", jwtDirectory.toString());
    }

    static InfraEndpoints fromProperties(String prefix) {
        String jdbc = System.getProperty(prefix + "jdbcUrl");
        if (jdbc == null) {
            return null;
        }
        return new InfraEndpoints(jdbc, System.getProperty(prefix + "bootstrapServers"),
                Integer.parseInt(System.getProperty(prefix + "smtpPort")),
                Integer.parseInt(System.getProperty(prefix + "imapPort")),
                Path.of(System.getProperty(prefix + "jwtDirectory")));
    }
}
