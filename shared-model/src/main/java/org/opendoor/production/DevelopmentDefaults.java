package org.opendoor.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The development defaults a production start must not run with, read from a service's configuration: the
 * development token key or the embedded identity provider, the embedded database's {@code postgres/postgres}, a
 * local or unprotected SMTP server, links to this machine, tokens without a lifetime limit, and forwarded client
 * addresses believed from anyone. Each problem is one sentence naming the key and what to set instead.
 */
public final class DevelopmentDefaults {
    /** The development key pair's directory ({@code .opendoor/jwt/} at the repository root). */
    static final String DEV_KEY_DIRECTORY = ".opendoor/jwt";
    /** The development tokens' issuer. */
    static final String DEV_ISSUER = "https://opendoor.local";
    /** Names of the properties holding links that people or partners follow (messages, pages). */
    public static final String LINKS = "opendoor.production.links";

    private final Config config;
    private final List<String> problems = new ArrayList<>();

    private DevelopmentDefaults(Config config) {
        this.config = config;
    }

    /** Every development default {@code config} still has; empty when it is fit for production. */
    public static List<String> in(Config config) {
        DevelopmentDefaults check = new DevelopmentDefaults(config);
        check.tokens();
        check.database();
        check.mail();
        check.links();
        check.forwardedAddresses();
        return List.copyOf(check.problems);
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    private void tokens() {
        Optional<String> keys = value("mp.jwt.verify.publickey.location");
        keys.ifPresent(location -> {
            if (location.replace('\\', '/').contains(DEV_KEY_DIRECTORY)) {
                problems.add("mp.jwt.verify.publickey.location is the development key (" + location
                        + "): set it to your identity provider's JWKS URL.");
            } else if (LocalAddresses.isLocalUrl(location)) {
                problems.add("mp.jwt.verify.publickey.location is on this machine (" + location
                        + ", the embedded Keycloak): set it to your identity provider's JWKS URL.");
            }
        });
        value("mp.jwt.verify.issuer").ifPresent(issuer -> {
            if (issuer.equals(DEV_ISSUER) || LocalAddresses.isLocalUrl(issuer)) {
                problems.add("mp.jwt.verify.issuer is a development issuer (" + issuer
                        + "): set it to your identity provider's issuer.");
            }
        });
        if (keys.isPresent() || value("mp.jwt.verify.publickey").isPresent()) {
            long ttl = value("smallrye.jwt.time-to-live").map(DevelopmentDefaults::seconds).orElse(0L);
            if (ttl <= 0) {
                problems.add("smallrye.jwt.time-to-live is not set: set the longest token lifetime accepted, in "
                        + "seconds (exp minus iat), so that long-lived tokens are refused.");
            }
        }
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void database() {
        Optional<String> user = value("quarkus.datasource.username");
        Optional<String> password = value("quarkus.datasource.password");
        if (user.filter("postgres"::equals).isPresent() && password.filter("postgres"::equals).isPresent()) {
            problems.add("quarkus.datasource.username and password are the embedded database's postgres/postgres: "
                    + "set the service's own database user and password.");
        }
    }

    /** Only for a service that sends mail (it has the mailer's host configured). */
    private void mail() {
        Optional<String> host = value("quarkus.mailer.host");
        if (host.isEmpty()) {
            return;
        }
        if (LocalAddresses.isLocalHost(host.get())) {
            problems.add("quarkus.mailer.host is this machine (" + host.get()
                    + ", the embedded SMTP server): set your mail relay.");
        }
        if (flag("quarkus.mailer.mock")) {
            problems.add("quarkus.mailer.mock is true: mail would not be sent; set it to false.");
        }
        boolean tls = flag("quarkus.mailer.tls");
        String startTls = value("quarkus.mailer.start-tls").orElse("OPTIONAL").toUpperCase(Locale.ROOT);
        if (!tls && !startTls.equals("REQUIRED")) {
            problems.add("quarkus.mailer.tls is false and quarkus.mailer.start-tls is " + startTls
                    + ": mail could travel unencrypted; set tls=true (port 465) or start-tls=REQUIRED (port 587).");
        }
        String login = value("quarkus.mailer.login").orElse("NONE").toUpperCase(Locale.ROOT);
        if (!login.equals("REQUIRED") || value("quarkus.mailer.username").isEmpty()) {
            problems.add("quarkus.mailer.login is " + login + (value("quarkus.mailer.username").isEmpty()
                    ? " with no quarkus.mailer.username" : "")
                    + ": set login=REQUIRED with the relay's username and password.");
        }
    }

    private void links() {
        for (String key : config.getOptionalValues(LINKS, String.class).orElse(List.of())) {
            value(key.strip()).filter(LocalAddresses::isLocalUrl).ifPresent(url -> problems.add(key.strip()
                    + " links to this machine (" + url + "): set the public address people open."));
        }
    }

    private void forwardedAddresses() {
        if (flag("quarkus.http.proxy.proxy-address-forwarding")
                && value("quarkus.http.proxy.trusted-proxies").isEmpty()) {
            problems.add("quarkus.http.proxy.proxy-address-forwarding is true with no "
                    + "quarkus.http.proxy.trusted-proxies: anyone could name their own address (and dodge the "
                    + "rate limit); list the proxies' addresses.");
        }
    }

    private boolean flag(String key) {
        return value(key).map(Boolean::parseBoolean).orElse(false);
    }
}
