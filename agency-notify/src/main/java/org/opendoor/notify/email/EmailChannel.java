package org.opendoor.notify.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends plain-text email over SMTP. */
@ApplicationScoped
public class EmailChannel {
    private final Session session;
    private final String from;

    public EmailChannel(@ConfigProperty(name = "opendoor.smtp.host") String host,
            @ConfigProperty(name = "opendoor.smtp.port") int port,
            @ConfigProperty(name = "opendoor.smtp.from") String from) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(props);
        this.from = from;
    }

    /** Sends one message; the delivery id goes in a header so a receiver can spot a retried duplicate. */
    public void send(String to, String subject, String body, String deliveryId) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setHeader("X-OpenDoor-Delivery-Id", deliveryId);
        Transport.send(message);
    }
}
