package org.opendoor.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK Keycloak runs on: Keycloak 26 needs Java 21 or newer, while OpenDoor itself builds and runs on 17. Looks,
 * in order, at {@code OPENDOOR_KEYCLOAK_JAVA_HOME} (which must then be 21+), {@code JAVA_HOME}, the JDK running this
 * code, and every JDK under {@code /usr/lib/jvm} (by its {@code release} file, newest first).
 */
public record KeycloakJdk(Path home, int feature, String version) {
    public static final int MINIMUM_FEATURE = 21;
    public static final String EXPLICIT_HOME = "OPENDOOR_KEYCLOAK_JAVA_HOME";
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9][^\"\\s]*)\"?");

    /** Finds a JDK 21+ on this machine, or fails saying what to install. */
    public static KeycloakJdk find() {
        return find(System.getenv(), Path.of(System.getProperty("java.home")), Path.of("/usr/lib/jvm"));
    }

    static KeycloakJdk find(Map<String, String> environment, Path runningJavaHome, Path jvmDirectory) {
        String explicit = environment.get(EXPLICIT_HOME);
        if (explicit != null && !explicit.isBlank()) {
            KeycloakJdk jdk = at(Path.of(explicit)).orElseThrow(() -> new IllegalStateException(
                    EXPLICIT_HOME + "=" + explicit + " is not a JDK (no bin/java and release file there)"));
            if (jdk.feature < MINIMUM_FEATURE) {
                throw new IllegalStateException(EXPLICIT_HOME + "=" + explicit + " is Java " + jdk.version
                        + "; Keycloak 26 needs Java " + MINIMUM_FEATURE + " or newer");
            }
            return jdk;
        }
        List<Path> candidates = new ArrayList<>();
        String javaHome = environment.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        candidates.add(runningJavaHome);
        for (Path candidate : candidates) {
            Optional<KeycloakJdk> jdk = at(candidate).filter(j -> j.feature >= MINIMUM_FEATURE);
            if (jdk.isPresent()) {
                return jdk.get();
            }
        }
        return installed(jvmDirectory).stream().filter(j -> j.feature >= MINIMUM_FEATURE).findFirst()
                .orElseThrow(() -> new IllegalStateException("Keycloak 26 needs Java " + MINIMUM_FEATURE
                        + " or newer, and there is none here (looked at " + EXPLICIT_HOME + ", JAVA_HOME, the running "
                        + "Java and " + jvmDirectory + "). Install one, e.g. `apt-get install openjdk-21-jdk-headless` "
                        + "or Eclipse Temurin 21 or 25, or set " + EXPLICIT_HOME + " to a JDK 21+ directory."));
    }

    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    /** A short stable name of this JDK (its location and version), for files that belong to one JDK. */
    public String key() {
        return Fingerprint.of(home.toAbsolutePath().normalize() + "|" + version).substring(0, 12);
    }

    private static List<KeycloakJdk> installed(Path jvmDirectory) {
        if (!Files.isDirectory(jvmDirectory)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(jvmDirectory)) {
            return homes.sorted().map(KeycloakJdk::at).flatMap(Optional::stream)
                    .sorted(Comparator.comparingInt(KeycloakJdk::feature).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<KeycloakJdk> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            if (!m.find()) {
                return Optional.empty();
            }
            String version = m.group(1);
            String first = version.split("[.+_-]")[0];
            // Java 8 and earlier call themselves 1.x
            int feature = first.equals("1") ? Integer.parseInt(version.split("\\.")[1]) : Integer.parseInt(first);
            return Optional.of(new KeycloakJdk(home, feature, version));
        } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
