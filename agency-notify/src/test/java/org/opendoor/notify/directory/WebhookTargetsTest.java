package org.opendoor.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {
    /** A resolver for names the test gives addresses to (literals resolve to themselves, as the JDK's does). */
    private static WebhookTargets checking(Map<String, List<String>> names) {
        return new WebhookTargets(false, host -> names.getOrDefault(host, List.of(host)).stream().map(a -> {
            try {
                return InetAddress.getByName(a);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }).toList());
    }

    private final WebhookTargets targets = checking(Map.of(
            "hooks.school.example", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "internal.school.example", List.of("10.1.2.3"),
            "mixed.school.example", List.of("93.184.216.34", "fd12:3456::1"),
            "nowhere.example", List.of()));

    @Test
    void aWebhookIsHttpsToAPublicAddressByNameOrLiteralIpv4OrIpv6() {
        assertThat(targets.problem("https://hooks.school.example/opendoor")).isEmpty();
        assertThat(targets.problem("https://93.184.216.34/hook")).isEmpty();
        assertThat(targets.problem("https://[2606:2800:220:1:248:1893:25c8:1946]:8443/hook")).isEmpty();
    }

    @Test
    void plainHttpAndOtherSchemesAndUserInfoAreRefused() {
        assertThat(targets.problem("http://hooks.school.example/opendoor"))
                .contains("a webhook address is an https URL");
        assertThat(targets.problem("ftp://hooks.school.example/x")).contains("a webhook address is an https URL");
        assertThat(targets.problem("not a url")).contains("a webhook address is an https URL");
        assertThat(targets.problem("https://user:pw@hooks.school.example/")).get().asString()
                .contains("no user name or password");
    }

    @Test
    void privateLoopbackLinkLocalAndOtherLocalTargetsAreRefusedIpv4AndIpv6() {
        for (String url : List.of("https://127.0.0.1/hook", "https://127.8.9.10/hook", "https://10.0.0.5/hook",
                "https://172.16.0.1/hook", "https://172.31.255.255/hook", "https://192.168.1.10/hook",
                "https://169.254.169.254/latest/meta-data", "https://0.0.0.0/hook", "https://100.64.0.1/hook",
                "https://224.0.0.1/hook", "https://255.255.255.255/hook",
                "https://[::1]/hook", "https://[::]/hook", "https://[fe80::1]/hook", "https://[fd00::1]/hook",
                "https://[fc00::1]/hook", "https://[::ffff:10.0.0.1]/hook", "https://[::ffff:127.0.0.1]/hook",
                "https://[ff02::1]/hook")) {
            assertThat(targets.problem(url)).as(url).get().asString()
                    .contains("may not point at a private, loopback or link-local address");
        }
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        assertThat(targets.problem("https://internal.school.example/hook")).get().asString()
                .contains("internal.school.example is 10.1.2.3");
        // one private address among public ones is enough to refuse it
        assertThat(targets.problem("https://mixed.school.example/hook")).get().asString()
                .contains("mixed.school.example is fd12:3456:0:0:0:0:0:1");
        assertThat(targets.problem("https://nowhere.example/hook"))
                .contains("the webhook's host nowhere.example does not resolve");
    }

    @Test
    void theSystemResolverSeesThatLocalhostIsLoopback() {
        WebhookTargets system = WebhookTargets.of(new DirectoryConfig() {
            public boolean allowPrivateWebhooks() {
                return false;
            }

            public java.util.Optional<String> secretKey() {
                return java.util.Optional.empty();
            }
        });
        assertThat(system.problem("https://localhost:8443/hook")).get().asString()
                .contains("may not point at a private, loopback or link-local address");
    }

    @Test
    void theEmbeddedStackAndTheTestsMayUseLocalHttpReceivers() {
        WebhookTargets embedded = new WebhookTargets(true, host -> {
            throw new AssertionError("nothing is resolved when local receivers are allowed");
        });
        assertThat(embedded.problem("http://127.0.0.1:8099/hook")).isEmpty();
        assertThat(embedded.problem("https://[::1]/hook")).isEmpty();
        assertThat(embedded.problem("ftp://127.0.0.1/hook")).contains("a webhook address is an http or https URL");
    }
}
