package uk.gov.service.notify;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;

/**
 * GOV.UK Notify's official client with connect and read timeouts, which it sets none of (a server that accepts and
 * never answers would hold the caller for good). It opens every connection in the package-private
 * {@code getConnection}, hence this class's package; {@link #timed} checks at start-up that it really overrides it.
 */
public final class TimedNotificationClient extends NotificationClient {
    private final int timeoutMillis;

    private TimedNotificationClient(String apiKey, String baseUrl, Duration timeout) {
        super(apiKey, baseUrl);
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** A client whose every call connects, and waits for each read, at most {@code timeout}. */
    public static NotificationClient timed(String apiKey, String baseUrl, Duration timeout) {
        if (TimedNotificationClient.class.getClassLoader() != NotificationClient.class.getClassLoader()) {
            // in another class loader the method is another package's, and ours would silently not be called
            throw new IllegalStateException("GOV.UK Notify's client is loaded apart from "
                    + TimedNotificationClient.class.getName() + ": its calls could not be given timeouts");
        }
        return new TimedNotificationClient(apiKey, baseUrl, timeout);
    }

    @Override
    HttpURLConnection getConnection(URL url) throws IOException {
        HttpURLConnection connection = super.getConnection(url);
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        return connection;
    }
}
