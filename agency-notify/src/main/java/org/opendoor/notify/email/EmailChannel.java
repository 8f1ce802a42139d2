package org.opendoor.notify.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import io.vertx.ext.mail.mailencoder.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import org.opendoor.notify.delivery.DeliveryChannel;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.directory.Channel;

/**
 * Sends plain-text email through the Quarkus mailer ({@code quarkus.mailer.*}: server, TLS or STARTTLS, login,
 * pooled connections kept open between messages). Each send waits at most {@code quarkus.mailer.timeout}, so an SMTP
 * server that stops answering costs an attempt, which is retried, and never holds a sender for good.
 */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {
    /** The notification's id, the same on every attempt: a receiver can spot a retried duplicate by it. */
    public static final String DELIVERY_ID_HEADER = "X-OpenDoor-Delivery-Id";

    private final Mailer mailer;

    public EmailChannel(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        if (!isEmailAddress(m.address())) {
            throw new DeliveryException("invalid email address", true);
        }
        try {
            mailer.send(Mail.withText(m.address(), m.subject(), m.body())
                    .addHeader(DELIVERY_ID_HEADER, m.deliveryId().toString()));
        } catch (RuntimeException e) {
            // the reason never quotes the server's answer, which may name the recipient
            throw new DeliveryException(reason(e), false);
        }
    }

    private static boolean isEmailAddress(String address) {
        try {
            return !new EmailAddress(address).getEmail().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String reason(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                return "SMTP answered " + smtp.getReplyCode();
            }
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return "SMTP unavailable: " + cause.getClass().getSimpleName();
    }
}
