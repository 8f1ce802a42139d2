package org.opendoor.notify.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.opendoor.infra.TestInfrastructure;

/**
 * A message as the real SMTP server stored it, read over IMAP: its content type, its delivery-id header and its
 * whole MIME text, which {@code Mailbox.Mail} leaves out.
 */
public record RawMail(String contentType, String deliveryId, String mime) {

    /** The first message to {@code address} whose subject contains {@code marker} (wait for it with Mail first). */
    public static RawMail of(String address, String marker) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", TestInfrastructure.shared().mailbox().imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message m : inbox.getMessages()) {
                    if (m.getSubject().contains(marker)) {
                        ByteArrayOutputStream mime = new ByteArrayOutputStream();
                        m.writeTo(mime);
                        String[] id = m.getHeader("X-OpenDoor-Delivery-Id");
                        return new RawMail(m.getContentType(), id == null ? null : id[0],
                                mime.toString(StandardCharsets.UTF_8));
                    }
                }
            } finally {
                inbox.close(false);
            }
        }
        throw new AssertionError("No mail to " + address + " about " + marker);
    }
}
