package org.opendoor.notify.govuk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.opendoor.notify.delivery.DeliveryChannel;
import org.opendoor.notify.delivery.DeliveryConfig;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.directory.Channel;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.TimedNotificationClient;

/**
 * Sends email through GOV.UK Notify with its official client. The delivery id is the Notify reference, so a
 * notification can be traced there. Connecting and each read wait at most {@code notify.delivery.send-timeout} (the
 * client itself sets no timeout). 400 and 403 are refusals (bad template, bad key); others are retried.
 */
@ApplicationScoped
public class GovUkNotifyChannel implements DeliveryChannel {
    private final GovUkNotifyConfig config;
    private final NotificationClient client;

    public GovUkNotifyChannel(GovUkNotifyConfig config, DeliveryConfig delivery) {
        this.config = config;
        this.client = config.apiKey().map(key -> TimedNotificationClient.timed(key, config.baseUrl(),
                delivery.sendTimeout())).orElse(null);
    }

    @Override
    public Channel channel() {
        return Channel.GOVUK_NOTIFY;
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        if (client == null || config.templateId().isEmpty()) {
            throw new DeliveryException("GOV.UK Notify is not configured", true);
        }
        try {
            client.sendEmail(config.templateId().get(), m.address(),
                    Map.of("subject", m.subject(), "body", m.body()), m.deliveryId().toString());
        } catch (NotificationClientException e) {
            int status = e.getHttpResult();
            boolean refused = status == 400 || status == 403;
            throw new DeliveryException("GOV.UK Notify answered " + (status == 0 ? "nothing" : status), refused);
        } catch (RuntimeException e) {
            throw new DeliveryException("GOV.UK Notify call failed: " + e.getClass().getSimpleName(), false);
        }
    }
}
