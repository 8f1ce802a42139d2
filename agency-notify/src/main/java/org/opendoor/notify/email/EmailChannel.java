package org.opendoor.notify.email;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendoor.notify.delivery.DeliveryChannel;
import org.opendoor.notify.delivery.DeliveryException;
import org.opendoor.notify.delivery.OutgoingMessage;
import org.opendoor.notify.directory.Channel;

/** Sends plain-text email over SMTP, on connections kept open between messages. */
@ApplicationScoped
public class EmailChannel implements DeliveryChannel {
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail looks its stream provider up through the ServiceLoader for every message it writes (a
        // class-path scan each time); named here, the same provider is found directly.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final Session session;
    private final InternetAddress from;
    private final SmtpConnections connections;

    public EmailChannel(@ConfigProperty(name = "opendoor.smtp.host") String host,
            @ConfigProperty(name = "opendoor.smtp.port") int port,
            @ConfigProperty(name = "opendoor.smtp.from") String from) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(props);
        try {
            this.from = new InternetAddress(from);
        } catch (AddressException e) {
            throw new IllegalStateException("opendoor.smtp.from is not an email address", e);
        }
        this.connections = new SmtpConnections(session);
    }

    @PreDestroy
    void close() {
        connections.close();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** The delivery id goes in a header so a receiver can spot a retried duplicate. */
    @Override
    public void send(OutgoingMessage m) throws DeliveryException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.address(), true));
            message.setSubject(m.subject(), "UTF-8");
            message.setText(m.body(), "UTF-8");
            message.setHeader("X-OpenDoor-Delivery-Id", m.deliveryId().toString());
            message.saveChanges();
            Address[] to = message.getAllRecipients();
            if (to == null || to.length == 0) {
                throw new SendFailedException("No recipient addresses");
            }
            connections.send(message, to);
        } catch (AddressException e) {
            throw new DeliveryException("invalid email address", true);
        } catch (SendFailedException e) {
            throw new DeliveryException("SMTP refused the message", false);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP unavailable: " + e.getClass().getSimpleName(), false);
        }
    }
}
