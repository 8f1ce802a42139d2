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
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The development RS256 key pair: {@code private.pem} (PKCS#8) and {@code public.pem} (X.509), generated on
 * first use. When the embedded Keycloak runs, this pair is its realm's signing key (so tests can sign the exact
 * hostile claims a provider would never issue, and {@code ./opendoor token --role} works against the JWKS); without
 * Keycloak, the services' own tests verify it from {@code public.pem}. Production supplies only a JWKS.
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

    public PublicKey publicKey() {
        try {
            String pem = Files.readString(publicKeyFile()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable public key " + publicKeyFile(), e);
        }
    }

    /** The PKCS#8 PEM text of the private key (for Keycloak's imported-key provider). */
    public String privateKeyPem() {
        try {
            return Files.readString(privateKeyFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The key's {@code kid} as Keycloak names an imported key in its JWKS: base64url of the SHA-256 of the public
     * key's X.509 encoding. Tokens carry it so that a verifier picks this key from the JWKS.
     */
    public String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey().getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
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
