package org.opendoor.notify.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * SMTP connections kept open between messages: a new connection per message (connect, greeting, EHLO, QUIT)
 * cost both sides several times the message itself. At most one connection per concurrent sender is kept.
 */
final class SmtpConnections implements AutoCloseable {
    private final Session session;
    private final Deque<Transport> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    SmtpConnections(Session session) {
        this.session = session;
    }

    /**
     * Sends on a kept connection, or a new one. A kept connection the server has meanwhile dropped gets one
     * retry on a new connection, so the attempt fails exactly when sending on a new connection would.
     */
    void send(MimeMessage message, Address[] to) throws MessagingException {
        Transport kept = idle.pollFirst();
        if (kept != null) {
            try {
                sendOn(kept, message, to);
                return;
            } catch (SendFailedException e) {
                throw e;
            } catch (MessagingException e) {
                // the server closed it (idle timeout, restart): fall through to a new connection
            }
        }
        Transport fresh = session.getTransport("smtp");
        fresh.connect();
        sendOn(fresh, message, to);
    }

    /** Keeps the connection for the next message when the send went through; closes it otherwise. */
    private void sendOn(Transport transport, MimeMessage message, Address[] to) throws MessagingException {
        try {
            transport.sendMessage(message, to);
        } catch (MessagingException | RuntimeException e) {
            quietlyClose(transport);
            throw e;
        }
        idle.offerFirst(transport);
        if (closed) {
            close();
        }
    }

    @Override
    public void close() {
        closed = true;
        Transport transport;
        while ((transport = idle.pollFirst()) != null) {
            quietlyClose(transport);
        }
    }

    private static void quietlyClose(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // already gone: nothing to release
        }
    }
}
