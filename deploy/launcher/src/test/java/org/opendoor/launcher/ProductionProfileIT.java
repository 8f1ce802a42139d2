package org.opendoor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendoor.infra.EmbeddedInfrastructure;
import org.opendoor.infra.FreePort;

/**
 * The packaged agency-notify, started as an operator would start it (the production profile, no
 * {@code -Dquarkus.profile=embedded}) but with the embedded stack's development settings, refuses to start and says
 * why, one line per problem. The same jar runs in every whole-system test with the embedded profile.
 */
class ProductionProfileIT {
    @Test
    void aProductionStartWithDevelopmentDefaultsExitsNamingEachProblem() throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("opendoor-prod-it-");
        try (EmbeddedInfrastructure infra = EmbeddedInfrastructure.start(home, EmbeddedInfrastructure.Ports.free(),
                true)) {
            // what the launcher passes (dev key, postgres/postgres, the local SMTP server), less the profile and the
            // directory's secret key; the test's key is in a temporary home, not .opendoor/jwt, so its path is not
            // recognised: its issuer is
            Map<String, String> config = infra.endpoints().serviceConfig();
            ServiceProcess notify = new ServiceProcess("agency-notify",
                    root.resolve("agency-notify/target/quarkus-app/quarkus-run.jar"), FreePort.findOutsideEphemeralRange(),
                    FreePort.findOutsideEphemeralRange(), config, home.resolve("logs/agency-notify.log"));
            try {
                assertThatThrownBy(notify::start).hasMessageContaining("agency-notify exited during start-up");
                assertThat(notify.exitCode()).hasValue(1);

                List<String> log = Files.readAllLines(notify.log());
                assertThat(log).anySatisfy(line -> assertThat(line).startsWith(
                        "Refusing to start in the production profile (9 problems"));
                assertThat(log.stream().filter(line -> line.startsWith("  - ")).toList()).satisfiesExactlyInAnyOrder(
                        p -> assertThat(p).startsWith("  - mp.jwt.verify.issuer is a development issuer "
                                + "(https://opendoor.local)"),
                        p -> assertThat(p).startsWith("  - quarkus.datasource.username and password are the embedded "
                                + "database's postgres/postgres"),
                        p -> assertThat(p).startsWith("  - quarkus.mailer.host is this machine (127.0.0.1"),
                        p -> assertThat(p).startsWith("  - quarkus.mailer.tls is false and quarkus.mailer.start-tls is "
                                + "OPTIONAL"),
                        p -> assertThat(p).startsWith("  - quarkus.mailer.login is NONE"),
                        p -> assertThat(p).startsWith("  - notify.links.intake-base links to this machine"),
                        p -> assertThat(p).startsWith("  - notify.links.notify-base links to this machine"),
                        p -> assertThat(p).startsWith("  - notify.links.web-base links to this machine"),
                        p -> assertThat(p).startsWith("  - opendoor.directory.secret-key is not set"));
                // no stack trace for a refusal: the reasons are the whole story
                assertThat(log).noneSatisfy(line -> assertThat(line).contains("at org.opendoor.production"));
            } finally {
                notify.stop();
            }
        } finally {
            EmbeddedInfrastructure.deleteDirectory(home);
        }
    }
}
