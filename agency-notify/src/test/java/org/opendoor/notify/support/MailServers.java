package org.opendoor.notify.support;

import io.quarkus.mailer.Mailer;
import org.opendoor.notify.delivery.DeliveryChannel;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.directory.Channel;
import org.opendoor.notify.email.EmailChannel;

/**
 * Email as if each domain had its own mail server: addresses at {@link #HUNG_DOMAIN} go through the service's email
 * channel to an SMTP server that accepts and never answers, every other one to the real test SMTP server.
 */
public final class MailServers implements DeliveryChannel {
    public static final String HUNG_DOMAIN = "hung.opendoor.local";
    private final EmailChannel working;
    private final EmailChannel hung;

    public MailServers(Mailer working, Mailer hung) {
        this.working = new EmailChannel(working);
        this.hung = new EmailChannel(hung);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutgoingMessage message) throws DeliveryException {
        (message.address().endsWith("@" + HUNG_DOMAIN) ? hung : working).send(message);
    }
}
