package org.opendoor.notify.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opendoor.model.Json;
import org.opendoor.notify.delivery.DeliveryChannel;
import org.opendoor.notify.delivery.DeliveryConfig;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.directory.Channel;

/**
 * POSTs the notification as JSON, signed with the recipient's secret as Standard Webhooks specifies (and as we first
 * did; {@link WebhookSignature}). Connecting and the whole exchange each wait at most {@code send-timeout}. 2xx
 * is delivered; 408, 429 and 5xx are retried; any other answer is a refusal and is not.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {
    private final HttpClient client;
    private final DeliveryConfig config;
    private final Clock clock;

    @Inject
    public WebhookChannel(DeliveryConfig config) {
        this(config, Clock.systemUTC());
    }

    /** Signs with the given clock's time (a test sends a message as it was signed long ago). */
    WebhookChannel(DeliveryConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(config.sendTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        byte[] body = body(m);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(m.address())).timeout(config.sendTimeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, m.deliveryId().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.standard(m.deliveryId(), timestamp, body, m.secret()))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(body, m.secret()))
                .header(WebhookSignature.DELIVERY_ID_HEADER, m.deliveryId().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status;
        try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryException("webhook unreachable: " + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", false);
        }
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        throw new DeliveryException("webhook answered " + status, !retryable);
    }

    /** The message: what the template says, and the purpose's minimum data for the receiver's system. */
    static byte[] body(OutgoingMessage m) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", m.deliveryId().toString());
        body.put("purpose", m.purpose());
        body.put("reference", m.reference());
        if (m.dueBy() != null) {
            body.put("dueBy", m.dueBy().toString());
        }
        body.put("subject", m.subject());
        body.put("text", m.body());
        body.put("data", m.notice());
        return Json.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
