package org.opendoor.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over the previous seal's hash, the seal's position and every column of the record,
 * each field length-prefixed (and null told apart from empty) so that no two different records hash alike by
 * moving text between fields. Times count in microseconds, PostgreSQL's precision. Hex, lower case.
 */
final class AuditHash {
    /** The "previous hash" of the first seal. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String previousHash, long seq, AuditRow row) {
        MessageDigest sha = sha256();
        field(sha, previousHash);
        field(sha, Long.toString(seq));
        field(sha, Long.toString(row.id()));
        field(sha, Long.toString(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, row.at())));
        field(sha, row.actor());
        field(sha, row.role());
        field(sha, row.org());
        field(sha, row.action());
        field(sha, row.target());
        field(sha, row.outcome());
        field(sha, row.detail());
        field(sha, row.requestId());
        field(sha, row.clientAddress());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
