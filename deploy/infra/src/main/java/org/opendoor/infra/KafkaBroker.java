package org.opendoor.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka KRaft broker (combined broker and controller) in a child JVM started from the Kafka
 * jars on Maven Central. Its log directory survives a stop; it keeps its ports across restarts so clients
 * reconnect by themselves.
 *
 * <p>Secured, its client listener takes SASL/SCRAM-SHA-512 only and Kafka's StandardAuthorizer refuses what no ACL
 * allows: clients then need a user ({@link KafkaUsers} creates them and their ACLs). The broker itself talks
 * SCRAM as {@value #ADMIN}, a super user whose password is made at the first start and kept with the data; the
 * controller listener (loopback, a port of its own) stays plaintext, as in Kafka's own KRaft examples.
 */
public final class KafkaBroker implements AutoCloseable {
    static final String ADMIN = "admin";
    static final String MECHANISM = "SCRAM-SHA-512";
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final boolean deleteOnClose;
    private final boolean secured;
    private Process process;

    private KafkaBroker(Path directory, int port, int controllerPort, boolean deleteOnClose, boolean secured) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.deleteOnClose = deleteOnClose;
        this.secured = secured;
    }

    public static KafkaBroker start(Path directory, int port, boolean deleteOnClose) {
        return start(directory, port, deleteOnClose, false);
    }

    /** @param secured SASL/SCRAM and ACLs on the client listener (see the class comment) */
    public static KafkaBroker start(Path directory, int port, boolean deleteOnClose, boolean secured) {
        KafkaBroker broker = new KafkaBroker(directory, port, FreePort.find(), deleteOnClose, secured);
        broker.start();
        return broker;
    }

    public boolean secured() {
        return secured;
    }

    /**
     * Client settings (Kafka's own names) for a user of a secured broker: SASL_PLAINTEXT with SCRAM-SHA-512; empty
     * for an open broker.
     */
    public static Map<String, String> clientSecurity(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + user + "\" password=\"" + password + "\";");
    }

    /** An admin client's settings: the super user on a secured broker. */
    Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(), AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000));
        if (secured) {
            config.putAll(clientSecurity(ADMIN, adminPassword()));
        }
        return config;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized void start() {
        Directories.create(directory);
        Path properties = writeProperties();
        if (!Files.exists(directory.resolve("logs/meta.properties"))) {
            List<String> format = new ArrayList<>(List.of("kafka.tools.StorageTool", "format", "-t",
                    Uuid.randomUuid().toString(), "-c", properties.toString()));
            if (secured) {
                // the broker's own user must exist before it starts: it is written into the first metadata
                format.addAll(List.of("--add-scram", MECHANISM + "=[name=" + ADMIN + ",password=" + adminPassword()
                        + "]"));
            }
            run(format, Duration.ofSeconds(60));
        }
        process = launch(List.of(BrokerMain.class.getName(), properties.toString()));
        awaitReady();
    }

    /** Graceful stop; the data stays. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            ChildProcesses.waitFor(process, Duration.ofSeconds(30));
            process = null;
        }
    }

    /** kill -9, for chaos tests. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            ChildProcesses.waitFor(process, Duration.ofSeconds(10));
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            Directories.delete(directory);
        }
    }

    private Path writeProperties() {
        String client = secured ? "SASL_PLAINTEXT" : "PLAINTEXT";
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=" + client + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=" + client + "://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=" + client,
                "listener.security.protocol.map=" + client + ":" + client + ",CONTROLLER:PLAINTEXT",
                secured ? securityProperties() : "",
                "log.dirs=" + directory.resolve("logs"),
                // six partitions per topic: consumers of a cluster deployment can scale out to six instances
                "num.partitions=6",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "") ;
        Path file = directory.resolve("server.properties");
        try {
            Files.writeString(file, config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private String securityProperties() {
        return String.join("\n",
                "sasl.enabled.mechanisms=" + MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + MECHANISM,
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
                        + clientSecurity(ADMIN, adminPassword()).get("sasl.jaas.config"),
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                // ANONYMOUS is the controller listener's principal (plaintext, loopback): KRaft's own requests
                "super.users=User:" + ADMIN + ";User:ANONYMOUS",
                "allow.everyone.if.no.acl.found=false");
    }

    /** The super user's password: made at the first start, kept beside the data for restarts. */
    private String adminPassword() {
        Path file = directory.resolve("admin.password");
        try {
            if (!Files.exists(file)) {
                Directories.create(directory);
                Files.writeString(file, KafkaUsers.newPassword(), StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> mainAndArgs, Duration timeout) {
        Process tool = launch(mainAndArgs);
        if (!ChildProcesses.waitFor(tool, timeout) || tool.exitValue() != 0) {
            throw new IllegalStateException("Kafka " + mainAndArgs.get(0) + " failed; see " + log());
        }
    }

    private Process launch(List<String> mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms64m", "-Xmx384m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider",
                "-Dlog4j2.configurationFile=" + log4jConfig(), "-cp", classPath()));
        command.addAll(mainAndArgs);
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a JVM for Kafka", e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        try (Admin admin = Admin.create(adminConfig())) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited; see " + log());
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes()
                            .get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("Kafka broker not ready within " + READY_WITHIN + "; see " + log());
    }

    private Path log() {
        return directory.resolve("broker.log");
    }

    private Path log4jConfig() {
        Path file = directory.resolve("log4j2.properties");
        try (InputStream in = KafkaBroker.class.getResourceAsStream("broker-log4j2.properties")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This module's jar (for BrokerMain) plus its run-time dependencies, as recorded at build time. */
    private static String classPath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("broker.classpath missing: build the embedded-infra module with Maven");
            }
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            Path self = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
