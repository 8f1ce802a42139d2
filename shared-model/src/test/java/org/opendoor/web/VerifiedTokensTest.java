package org.opendoor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    /** Verifies "good:<exp>[:anything]" tokens (exp in epoch seconds, refused once past exp + grace), refuses anything else. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final Map<String, Integer> calls = new HashMap<>();
        Instant now = START;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            if (!token.startsWith("good:")) {
                throw new ParseException("refused");
            }
            long exp = Long.parseLong(token.substring(5).split(":")[0]);
            if (now.getEpochSecond() >= exp + GRACE.toSeconds()) {
                throw new ParseException("expired");
            }
            return new Token(exp);
        }
    }

    private record Token(long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "someone";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return "exp".equals(name) ? (T) Long.valueOf(exp) : null;
        }

        @Override
        public long getExpirationTime() {
            return exp; // the default reads Claims, whose class needs a JSON-P implementation
        }
    }

    private final CountingVerifier verifier = new CountingVerifier();
    private Instant now = START;
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, GRACE, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void advance(Duration by) {
        now = now.plus(by);
        verifier.now = now;
    }

    @Test
    void aVerifiedTokenIsNotVerifiedAgainWhileItIsValid() throws Exception {
        String token = "good:" + START.plusSeconds(3600).getEpochSecond();
        JsonWebToken first = tokens.parse(token);
        advance(Duration.ofSeconds(10));

        assertThat(tokens.parse(token)).isSameAs(first);
        assertThat(verifier.calls).containsEntry(token, 1);
    }

    @Test
    void aTokenIsVerifiedAgainAfterTheMaximumAge() throws Exception {
        String token = "good:" + START.plusSeconds(3600).getEpochSecond();
        tokens.parse(token);
        advance(VerifiedTokens.MAX_AGE);

        tokens.parse(token);
        assertThat(verifier.calls).containsEntry(token, 2);
    }

    @Test
    void aRememberedTokenFailsOnceItExpiresPastTheGrace() throws Exception {
        String token = "good:" + START.plusSeconds(5).getEpochSecond();
        tokens.parse(token);
        advance(Duration.ofSeconds(5).plus(GRACE).minusMillis(1));
        tokens.parse(token);
        assertThat(verifier.calls).containsEntry(token, 1);

        advance(Duration.ofMillis(1));
        assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).containsEntry(token, 2);
    }

    @Test
    void failuresAreNeverRemembered() {
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThat(verifier.calls).containsEntry("forged", 2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void noMoreThanTheMaximumNumberOfTokensIsHeldAndExpiredOnesMakeRoom() throws Exception {
        long exp = START.plusSeconds(3600).getEpochSecond();
        for (int i = 0; i < VerifiedTokens.MAX_ENTRIES + 5; i++) {
            tokens.parse("good:" + exp + ":" + i);
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.MAX_ENTRIES);

        advance(VerifiedTokens.MAX_AGE);
        tokens.parse("good:" + exp + ":another");
        assertThat(tokens.size()).isEqualTo(1);
    }
}
