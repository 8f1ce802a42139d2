package org.opendoor.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Keycloak server distribution, unpacked from the archive Maven resolved ({@code keycloak-quarkus-dist}, type
 * {@code tar.gz}) into the user's cache and built once for PostgreSQL ({@code kc.sh build}), so that every start is
 * an optimized one. The cache is {@code $OPENDOOR_CACHE_DIR}, else {@code $XDG_CACHE_HOME/opendoor}, else
 * {@code ~/.cache/opendoor}; it is shared by every checkout and test run of this user, and prepared under a file
 * lock. A prepared distribution is never changed again, except that it collects one class-data archive per JDK.
 */
public final class KeycloakDistribution {
    /** Options fixed when the distribution is built; every start runs with them. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres");
    static final String MAIN = "org.opendoor.infra.KeycloakMain";
    private static final Pattern ARCHIVE_NAME = Pattern.compile("keycloak-quarkus-dist-(.+)\\.tar\\.gz");
    private static final String READY = ".opendoor-ready";
    private static final Duration BUILD_WITHIN = Duration.ofMinutes(5);
    private static final Object LOCK = new Object();

    private final Path home;
    private final String version;
    private final KeycloakJdk jdk;

    private KeycloakDistribution(Path home, String version, KeycloakJdk jdk) {
        this.home = home;
        this.version = version;
        this.jdk = jdk;
    }

    /**
     * The distribution in the cache, unpacked and built first if this is its first use (about 15 s), to run on
     * {@code jdk}.
     */
    public static KeycloakDistribution prepare(KeycloakJdk jdk, Consumer<String> progress) {
        return prepare(archive(), cacheRoot(System.getenv()), jdk, progress);
    }

    static KeycloakDistribution prepare(Path archive, Path cacheRoot, KeycloakJdk jdk, Consumer<String> progress) {
        Matcher name = ARCHIVE_NAME.matcher(archive.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("Not a Keycloak distribution archive: " + archive
                    + " (build the embedded-infra module with Maven to resolve it)");
        }
        String version = name.group(1);
        byte[] launcher = launcherClass();
        String fingerprint = Fingerprint.of(String.join(" ", BUILD_OPTIONS) + "|" + Fingerprint.of(launcher));
        KeycloakDistribution distribution = new KeycloakDistribution(
                cacheRoot.resolve("keycloak-" + version + "-" + fingerprint.substring(0, 10)), version, jdk);
        synchronized (LOCK) {
            Directories.create(cacheRoot);
            try (FileChannel channel = FileChannel.open(cacheRoot.resolve("keycloak.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                if (!Files.exists(distribution.home.resolve(READY))) {
                    distribution.install(archive, cacheRoot, launcher, progress);
                }
                distribution.deleteAbandonedClassDataArchives();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not prepare Keycloak in " + cacheRoot, e);
            }
        }
        return distribution;
    }

    public Path home() {
        return home;
    }

    public String version() {
        return version;
    }

    public KeycloakJdk jdk() {
        return jdk;
    }

    /** The class-data archive of this distribution's classes for its JDK (it may not exist yet). */
    Path classDataArchive() {
        return home.resolve("cds").resolve(jdk.key() + ".jsa");
    }

    /** The Keycloak JVM: its options, then {@code extraOptions}, then Keycloak's own command line. */
    List<String> command(Path keycloakHome, List<String> extraOptions, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(),
                // small and quick to start, like kc.sh's defaults but with the serial collector and C1 only
                "-Xms64m", "-Xmx512m", "-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
                "-Djava.security.egd=file:/dev/urandom", "-Duser.language=en", "-Duser.country=US",
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory="
                        + "io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED",
                // jboss-threads resets thread locals through java.lang on Java 24 and later
                "--add-opens=java.base/java.lang=ALL-UNNAMED"));
        command.addAll(extraOptions);
        command.addAll(List.of("-Dkc.home.dir=" + keycloakHome, "-Djboss.server.config.dir=" + home.resolve("conf"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dpicocli.disable.closures=true",
                "-Dquarkus-log-max-startup-records=10000",
                "-cp", home.resolve("lib/quarkus-run.jar") + java.io.File.pathSeparator + launcherJar(), MAIN));
        command.addAll(arguments);
        return command;
    }

    /** What a Keycloak home outside the cache links to (it keeps only its own {@code data}). */
    List<Path> sharedParts() {
        return List.of(home.resolve("lib"), home.resolve("providers"), home.resolve("themes"), home.resolve("conf"));
    }

    private void install(Path archive, Path cacheRoot, byte[] launcher, Consumer<String> progress)
            throws IOException {
        long started = System.nanoTime();
        progress.accept("  Keycloak " + version + ": first use of this build; unpacking it into " + home
                + " and building it for PostgreSQL (once, 15-45 s)...");
        Directories.delete(home);
        Path unpacking = Files.createTempDirectory(cacheRoot, "unpacking-");
        try {
            run(List.of("tar", "-xzf", archive.toString(), "-C", unpacking.toString()), unpacking.resolve("tar.log"),
                    Duration.ofMinutes(5), "unpacking " + archive);
            Files.move(unpacking.resolve("keycloak-" + version), home, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Directories.delete(unpacking);
        }
        writeLauncherJar(launcher);
        List<String> build = new ArrayList<>(List.of("build"));
        build.addAll(BUILD_OPTIONS);
        run(command(home, List.of(), build), home.resolve("build.log"), BUILD_WITHIN, "kc.sh build");
        Files.writeString(home.resolve(READY), "built with " + String.join(" ", BUILD_OPTIONS) + "\n");
        progress.accept("  Keycloak " + version + " unpacked and built in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    private Path launcherJar() {
        return home.resolve("opendoor-keycloak-main.jar");
    }

    private void writeLauncherJar(byte[] launcher) throws IOException {
        try (OutputStream file = Files.newOutputStream(launcherJar()); JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry(MAIN.replace('.', '/') + ".class"));
            jar.write(launcher);
            jar.closeEntry();
        }
    }

    /** Archives a Keycloak JVM was writing when it was killed, left half-written. */
    private void deleteAbandonedClassDataArchives() throws IOException {
        Path cds = home.resolve("cds");
        if (!Files.isDirectory(cds)) {
            return;
        }
        Instant abandoned = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> files = Files.list(cds)) {
            for (Path partial : files.filter(f -> f.toString().endsWith(".partial")).toList()) {
                if (Files.getLastModifiedTime(partial).toInstant().isBefore(abandoned)) {
                    Files.deleteIfExists(partial);
                }
            }
        }
    }

    private static void run(List<String> command, Path log, Duration timeout, String what) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!ChildProcesses.waitFor(process, timeout)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " did not finish within " + timeout + "; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(what + " failed (exit " + process.exitValue() + "); see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not start", e);
        }
    }

    /** The archive Maven resolved, as recorded at build time. */
    static Path archive() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak.dist")) {
            if (in == null) {
                throw new IllegalStateException("keycloak.dist missing: build the embedded-infra module with Maven");
            }
            return Path.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path cacheRoot(Map<String, String> environment) {
        String explicit = environment.get("OPENDOOR_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("opendoor");
    }

    private static byte[] launcherClass() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("KeycloakMain.class")) {
            if (in == null) {
                throw new IllegalStateException("KeycloakMain.class missing from the embedded-infra module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
