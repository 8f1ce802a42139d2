package org.opendoor.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.opendoor.infra.EmbeddedInfrastructure;
import org.opendoor.infra.InfraEndpoints;

/**
 * The whole system on one machine: embedded PostgreSQL, Kafka, SMTP and (for {@code ./opendoor up}) Keycloak, then
 * referral-intake, triage-service, agency-notify, briefing-service and the web front end as separate processes. Used by
 * {@code ./opendoor up}, the whole-system tests and the benchmark.
 */
public final class Stack implements AutoCloseable {
    /**
     * The configuration profile the stack runs the services in: their embedded development settings (the dev key,
     * postgres/postgres, the local SMTP server, localhost links) are what it is for. A packaged service started
     * without it is in the production profile, which refuses them.
     */
    public static final String PROFILE = "embedded";

    private final EmbeddedInfrastructure infra;
    private final ServiceProcess web;
    private final ServiceProcess intake;
    private final ServiceProcess triage;
    private final ServiceProcess agencyNotify;
    private final ServiceProcess briefing;
    private final MailViewer mailViewer;

    private Stack(EmbeddedInfrastructure infra, ServiceProcess web, ServiceProcess intake, ServiceProcess triage,
            ServiceProcess agencyNotify, ServiceProcess briefing, MailViewer mailViewer) {
        this.infra = infra;
        this.web = web;
        this.intake = intake;
        this.triage = triage;
        this.agencyNotify = agencyNotify;
        this.briefing = briefing;
        this.mailViewer = mailViewer;
    }

    /**
     * Starts everything, reporting progress. {@code root} is the repository (where the services were built),
     * {@code home} where data, logs and keys live.
     */
    public static Stack start(Path root, Path home, StackPorts ports, boolean deleteOnClose, Consumer<String> progress) {
        return start(root, home, ports, deleteOnClose, progress, Map.of());
    }

    /** As above, with configuration overrides for every service (a benchmark lifts the public rate limit, say). */
    public static Stack start(Path root, Path home, StackPorts ports, boolean deleteOnClose, Consumer<String> progress,
            Map<String, String> overrides) {
        return start(root, home, ports, deleteOnClose, overrides, EmbeddedInfrastructure.Options.defaults()
                .reportingTo(progress));
    }

    /**
     * As {@link #start(Path, Path, StackPorts, boolean, Consumer, Map)}, with Keycloak started beside Kafka: the
     * services then verify Keycloak's JWKS and issuer, and the web front end signs staff in through it.
     */
    public static Stack startWithKeycloak(Path root, Path home, StackPorts ports, boolean deleteOnClose,
            Consumer<String> progress, Map<String, String> overrides) {
        return start(root, home, ports, deleteOnClose, overrides, EmbeddedInfrastructure.Options.defaults()
                .withKeycloak().reportingTo(progress));
    }

    /**
     * The whole system with the infrastructure's options spelt out: Keycloak, or a broker secured with the Kafka
     * users of a manifest (each back-end service then connects as its own user).
     */
    public static Stack start(Path root, Path home, StackPorts ports, boolean deleteOnClose,
            Map<String, String> overrides, EmbeddedInfrastructure.Options options) {
        Consumer<String> progress = options.progress();
        String keycloak = options.keycloak() ? ", Keycloak (:" + ports.infra().keycloak() + ")" : "";
        progress.accept("Starting PostgreSQL (:" + ports.infra().postgres() + "), Kafka (:" + ports.infra().kafka()
                + ")" + keycloak + " and SMTP (:" + ports.infra().smtp() + ")...");
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.start(home, ports.infra(), deleteOnClose, options);
        progress.accept("  infrastructure ready");
        InfraEndpoints endpoints = infra.endpoints();
        Map<String, String> config = new HashMap<>(endpoints.serviceConfig());
        config.put("quarkus.profile", PROFILE);
        config.put("opendoor.web-base", "http://localhost:" + ports.web());
        // the web front end is the public's proxy: the public APIs' per-client limits count the person it names
        // in X-Forwarded-For, not the web server (only a loopback peer is trusted to name one)
        config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        config.put("quarkus.http.proxy.allow-x-forwarded", "true");
        config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        // agency-notify: webhook receivers of a demo or test run on this machine (http://127.0.0.1), and the key
        // webhook secrets are encrypted with, kept in home
        config.put("opendoor.directory.allow-private-webhooks", "true");
        config.put("opendoor.directory.secret-key", EmbeddedSecretKey.ensure(home));
        config.putAll(overrides);
        StackPorts.Management management = ports.management();
        ServiceProcess intake = service(root, home, "referral-intake", ports.intake(), management.intake(), config,
                infra);
        ServiceProcess triage = service(root, home, "triage-service", ports.triage(), management.triage(), config,
                infra);
        ServiceProcess agencyNotify = service(root, home, "agency-notify", ports.agencyNotify(),
                management.agencyNotify(), config, infra);
        ServiceProcess briefing = service(root, home, "briefing-service", ports.briefing(), management.briefing(),
                config, infra);
        // web has no database or broker: only the services' published APIs
        Map<String, String> webConfig = new HashMap<>(Map.of("quarkus.profile", PROFILE,
                "quarkus.rest-client.intake.url", intake.baseUrl(),
                "quarkus.rest-client.triage.url", triage.baseUrl(),
                "quarkus.rest-client.notify.url", agencyNotify.baseUrl(),
                "quarkus.rest-client.briefing.url", briefing.baseUrl()));
        endpoints.identityProvider().ifPresent(provider -> webConfig.put("quarkus.oidc.auth-server-url",
                provider.issuer()));
        overrides.forEach((k, v) -> {
            if (k.startsWith("web.")) {
                webConfig.put(k, v);
            }
        });
        ServiceProcess web = service(root, home, "web", ports.web(), management.web(), webConfig);
        Stack stack = new Stack(infra, web, intake, triage, agencyNotify, briefing,
                MailViewer.start(infra.mail(), ports.mailViewer()));
        progress.accept("Starting " + String.join(", ", stack.processes().stream()
                .map(s -> s.name() + " (:" + s.port() + ")").toList()) + "...");
        try {
            // side by side: each service starts independently and reconnects to the others' topics
            CompletableFuture.allOf(stack.processes().stream().map(s -> CompletableFuture.runAsync(() -> {
                s.start();
                progress.accept("  " + s.name() + " ready in " + s.lastStartUp().toMillis() + " ms");
            })).toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            stack.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return stack;
    }

    /** A back-end service: the shared configuration, and its own Kafka user when the broker is secured. */
    private static ServiceProcess service(Path root, Path home, String name, int port, int managementPort,
            Map<String, String> config, EmbeddedInfrastructure infra) {
        Map<String, String> own = new HashMap<>(config);
        own.putAll(infra.kafkaClientConfig(name));
        return service(root, home, name, port, managementPort, own);
    }

    private static ServiceProcess service(Path root, Path home, String name, int port, int managementPort,
            Map<String, String> config) {
        return new ServiceProcess(name, root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"), port,
                managementPort, config, home.resolve("logs").resolve(name + ".log"));
    }

    /** The back-end services (the ones with a database and topics of their own). */
    public List<ServiceProcess> services() {
        return List.of(intake, triage, agencyNotify, briefing);
    }

    /** Every process of the stack: the web front end first, then the services. */
    public List<ServiceProcess> processes() {
        return List.of(web, intake, triage, agencyNotify, briefing);
    }

    public ServiceProcess web() {
        return web;
    }

    public EmbeddedInfrastructure infra() {
        return infra;
    }

    public ServiceProcess intake() {
        return intake;
    }

    public ServiceProcess triage() {
        return triage;
    }

    public ServiceProcess agencyNotify() {
        return agencyNotify;
    }

    public ServiceProcess briefing() {
        return briefing;
    }

    public MailViewer mailViewer() {
        return mailViewer;
    }

    @Override
    public void close() {
        // the web front end first, then the services in reverse order of the flow: each event's readers before its writers
        List.of(web, briefing, agencyNotify, triage, intake).forEach(ServiceProcess::stop);
        mailViewer.close();
        infra.close();
    }
}
