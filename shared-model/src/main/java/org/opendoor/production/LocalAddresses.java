package org.opendoor.production;

import java.net.URI;
import java.util.Locale;

/** Whether a host or URL names this machine: fine for the embedded stack, never right for production. */
final class LocalAddresses {
    private LocalAddresses() {
    }

    static boolean isLocalHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1") || h.equals("0.0.0.0");
    }

    /** A URL whose host is this machine; a value that is not a URL with a host is not local. */
    static boolean isLocalUrl(String url) {
        try {
            return isLocalHost(URI.create(url.strip()).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
