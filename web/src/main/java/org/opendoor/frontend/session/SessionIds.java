package org.opendoor.frontend.session;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Unguessable session identifiers: 256 random bits, URL-safe Base64 (43 characters). */
public final class SessionIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SessionIds() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a cookie's value could be one of ours: anything else is ignored without a look-up. */
    public static boolean wellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }
}
