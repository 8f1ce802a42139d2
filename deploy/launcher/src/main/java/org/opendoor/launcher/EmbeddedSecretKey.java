package org.opendoor.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key agency-notify encrypts webhook secrets with in the embedded stack ({@code opendoor.directory.secret-key}):
 * 32 random bytes generated on first use and kept in the stack's home, beside its database, so the secrets it
 * stored still open after a restart. Production supplies its own key.
 */
final class EmbeddedSecretKey {
    private EmbeddedSecretKey() {
    }

    static String ensure(Path home) {
        Path file = home.resolve("keys").resolve("directory-secret-key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the home directory's own permissions protect it
                }
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
