package org.opendoor.notify.govuk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.opendoor.notify.delivery.DeliveryChannel;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.directory.Channel;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends email through GOV.UK Notify with its official client. The delivery id is the Notify reference, so a
 * notification can be traced there. 400 and 403 are refusals (bad template, bad key); others are retried.
 */
@ApplicationScoped
public class GovUkNotifyChannel implements DeliveryChannel {
    private final GovUkNotifyConfig config;
    private volatile NotificationClient client;

    public GovUkNotifyChannel(GovUkNotifyConfig config) {
        this.config = config;
    }

    @Override
    public Channel channel() {
        return Channel.GOVUK_NOTIFY;
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        if (config.apiKey().isEmpty() || config.templateId().isEmpty()) {
            throw new DeliveryException("GOV.UK Notify is not configured", true);
        }
        try {
            client().sendEmail(config.templateId().get(), m.address(),
                    Map.of("subject", m.subject(), "body", m.body()), m.deliveryId().toString());
        } catch (NotificationClientException e) {
            int status = e.getHttpResult();
            boolean refused = status == 400 || status == 403;
            throw new DeliveryException("GOV.UK Notify answered " + (status == 0 ? "nothing" : status), refused);
        } catch (RuntimeException e) {
            throw new DeliveryException("GOV.UK Notify call failed: " + e.getClass().getSimpleName(), false);
        }
    }

    private NotificationClient client() {
        if (client == null) {
            client = new NotificationClient(config.apiKey().get(), config.baseUrl());
        }
        return client;
    }
}
