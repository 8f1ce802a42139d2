package org.opendoor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One OpenDoor service running as its own JVM from its packaged Quarkus application, with its public port and its
 * management port (where {@code /q/health}, {@code /q/metrics} and the OpenAPI document are).
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path runJar;
    private final int port;
    private final int managementPort;
    private final Map<String, String> config;
    private final Path log;
    private Process process;
    private Duration lastStartUp = Duration.ZERO;

    public ServiceProcess(String name, Path runJar, int port, int managementPort, Map<String, String> config, Path log) {
        this.name = name;
        this.runJar = runJar;
        this.port = port;
        this.managementPort = managementPort;
        this.config = config;
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** The management interface: {@code /q/health/ready}, {@code /q/metrics}, {@code /q/openapi}, Swagger UI. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** The service's log (its output and errors, appended on every start). */
    public Path log() {
        return log;
    }

    /** The exit code of a process that has ended (a refused start, say); empty while it runs or before a start. */
    public synchronized java.util.OptionalInt exitCode() {
        return process == null || process.isAlive() ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(process.exitValue());
    }

    /** Whether the process is running (started and not exited). */
    public synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    public synchronized void start() {
        if (!Files.exists(runJar)) {
            throw new IllegalStateException(runJar + " is missing: build with ./mvnw package -DskipTests");
        }
        // C1 only: on two shared cores C2's compile churn cost more CPU per request than it saved (measured 25 → 11 ms)
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=192m",
                "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=64m",
                "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort));
        Path classArchive = runJar.resolveSibling("app-cds.jsa");
        if (Files.exists(classArchive)) {
            // start-up classes pre-parsed at build time; a JVM that cannot use the archive ignores it
            command.add("-XX:SharedArchiveFile=" + classArchive);
        }
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(extraJavaOptions());
        // run from the application's directory: the class-data archive records the jar by that relative path
        command.addAll(List.of("-jar", runJar.getFileName().toString()));
        try {
            Files.createDirectories(log.getParent());
            Instant started = Instant.now();
            process = new ProcessBuilder(command).directory(runJar.getParent().toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            awaitReady(Duration.ofSeconds(90));
            lastStartUp = Duration.between(started, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /**
     * Extra JVM options for every service, from {@code OPENDOOR_SERVICE_JAVA_OPTS} (for profiling, e.g. a flight
     * recording); {@code {service}} is replaced by the service's name.
     */
    private List<String> extraJavaOptions() {
        String options = System.getenv().getOrDefault("OPENDOOR_SERVICE_JAVA_OPTS", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.replace("{service}", name).split("\\s+"));
    }

    /** Time from process start to ready, for the last start. */
    public Duration lastStartUp() {
        return lastStartUp;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Resident memory in MiB, from /proc. */
    public long residentMiB() {
        return ProcessMemory.residentMiB(pid());
    }

    /** Where the service's Prometheus metrics are scraped. */
    public String metricsUrl() {
        return managementUrl() + "/q/metrics";
    }

    public boolean ready() {
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitReady(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see " + log);
            }
            if (ready()) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " not ready within " + within + "; see " + log);
    }

    /** Graceful stop (SIGTERM): Quarkus finishes in-flight work. */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** kill -9, for chaos tests. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
