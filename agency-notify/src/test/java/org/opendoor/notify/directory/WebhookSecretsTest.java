package org.opendoor.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {
    private static final String SECRET = "school-shared-secret-0123456789";

    private final WebhookSecrets secrets = new WebhookSecrets(new byte[32]);

    @Test
    void aSealedSecretHoldsNoPlaintextAndOpensOnlyForItsOwnEntryAndKey() {
        String sealed = secrets.seal(RecipientKind.SCHOOL_DSL, "100002", SECRET);
        assertThat(sealed).startsWith(WebhookSecrets.PREFIX).doesNotContain(SECRET)
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes()));
        // a fresh nonce each time
        assertThat(secrets.seal(RecipientKind.SCHOOL_DSL, "100002", SECRET)).isNotEqualTo(sealed);
        assertThat(secrets.open(RecipientKind.SCHOOL_DSL, "100002", sealed)).isEqualTo(SECRET);

        assertThatThrownBy(() -> secrets.open(RecipientKind.SCHOOL_DSL, "100003", sealed))
                .hasMessageContaining("does not open");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new WebhookSecrets(otherKey).open(RecipientKind.SCHOOL_DSL, "100002", sealed))
                .hasMessageContaining("does not open");
    }

    @Test
    void aSecretStoredBeforeEncryptionIsUsedAsItIs() {
        assertThat(secrets.open(RecipientKind.SCHOOL_DSL, "100002", SECRET)).isEqualTo(SECRET);
        assertThat(secrets.open(RecipientKind.SCHOOL_DSL, "100002", null)).isNull();
        assertThat(WebhookSecrets.isSealed(SECRET)).isFalse();
    }

    @Test
    void withoutAKeyOrWithABadOneTheServiceDoesNotStart() {
        assertThatThrownBy(() -> WebhookSecrets.of(config(Optional.empty())))
                .hasMessageContaining("opendoor.directory.secret-key is not set");
        assertThatThrownBy(() -> WebhookSecrets.of(config(Optional.of("c2hvcnQ="))))
                .hasMessageContaining("not a base64 AES key");
        assertThatThrownBy(() -> WebhookSecrets.of(config(Optional.of("not base64!"))))
                .hasMessageContaining("not a base64 AES key");
    }

    private static DirectoryConfig config(Optional<String> key) {
        return new DirectoryConfig() {
            public boolean allowPrivateWebhooks() {
                return false;
            }

            public Optional<String> secretKey() {
                return key;
            }
        };
    }
}
