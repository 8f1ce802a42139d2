package org.opendoor.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakJdkTest {
    @TempDir
    Path dir;

    @Test
    void takesTheNewestJdkUnderTheJvmDirectoryWhenJavaHomeIsTooOld() throws Exception {
        Path jvm = dir.resolve("jvm");
        Path seventeen = jdk(jvm.resolve("java-17-openjdk"), "17.0.15");
        jdk(jvm.resolve("java-21-openjdk"), "21.0.7");
        Path twentyFive = jdk(jvm.resolve("temurin-25-jdk"), "25.0.3");

        KeycloakJdk found = KeycloakJdk.find(Map.of("JAVA_HOME", seventeen.toString()), seventeen, jvm);

        assertThat(found.home()).isEqualTo(twentyFive);
        assertThat(found.feature()).isEqualTo(25);
        assertThat(found.java()).isEqualTo(twentyFive.resolve("bin/java"));
    }

    @Test
    void prefersJavaHomeWhenItIsNewEnough() throws Exception {
        Path jvm = dir.resolve("jvm");
        jdk(jvm.resolve("temurin-25-jdk"), "25.0.3");
        Path javaHome = jdk(dir.resolve("my-jdk-21"), "21.0.7");

        assertThat(KeycloakJdk.find(Map.of("JAVA_HOME", javaHome.toString()), dir.resolve("none"), jvm).home())
                .isEqualTo(javaHome);
    }

    @Test
    void anExplicitJdkMustBeNewEnough() throws Exception {
        Path seventeen = jdk(dir.resolve("java-17"), "17.0.15");
        Path jvm = dir.resolve("jvm");
        jdk(jvm.resolve("temurin-25-jdk"), "25.0.3");

        assertThatThrownBy(() -> KeycloakJdk.find(Map.of(KeycloakJdk.EXPLICIT_HOME, seventeen.toString()), seventeen, jvm))
                .hasMessageContaining("is Java 17.0.15").hasMessageContaining("needs Java 21 or newer");
        assertThatThrownBy(() -> KeycloakJdk.find(Map.of(KeycloakJdk.EXPLICIT_HOME, dir.resolve("nothing").toString()),
                seventeen, jvm)).hasMessageContaining("is not a JDK");
    }

    @Test
    void saysWhatToInstallWhenThereIsNoJdk21() throws Exception {
        Path seventeen = jdk(dir.resolve("jvm/java-17-openjdk"), "17.0.15");
        jdk(dir.resolve("jvm/java-8"), "1.8.0_412");

        assertThatThrownBy(() -> KeycloakJdk.find(Map.of(), seventeen, dir.resolve("jvm")))
                .hasMessageContaining("Keycloak 26 needs Java 21 or newer")
                .hasMessageContaining("apt-get install openjdk-21-jdk-headless")
                .hasMessageContaining(KeycloakJdk.EXPLICIT_HOME);
    }

    private static Path jdk(Path home, String version) throws Exception {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + version
                + "+1\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
