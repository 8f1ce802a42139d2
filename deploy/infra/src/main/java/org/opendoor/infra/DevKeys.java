package org.opendoor.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The development RS256 key pair: {@code private.pem} (PKCS#8) and {@code public.pem} (X.509), generated on
 * first use. Production supplies only a public key or JWKS through MicroProfile config.
 */
public record DevKeys(Path directory) {
    public static final String ISSUER = "https://opendoor.local";
    public static final String AUDIENCE = "opendoor";

    public static DevKeys ensure(Path directory) {
        DevKeys keys = new DevKeys(directory);
        if (!Files.exists(keys.privateKeyFile()) || !Files.exists(keys.publicKeyFile())) {
            keys.generate();
        }
        return keys;
    }

    public Path privateKeyFile() {
        return directory.resolve("private.pem");
    }

    public Path publicKeyFile() {
        return directory.resolve("public.pem");
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyFile()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable private key " + privateKeyFile(), e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Files.writeString(privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
