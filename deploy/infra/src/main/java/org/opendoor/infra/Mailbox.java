package org.opendoor.infra;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads what the local SMTP server received for an address, over IMAP: works from any class loader or process
 * (GreenMail creates each recipient's mailbox with login and password equal to its address).
 */
public record Mailbox(int imapPort) {

    public record Mail(String to, String subject, String body) {
    }

    public List<Mail> messagesFor(String address) {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    mails.add(new Mail(address, m.getSubject(), String.valueOf(m.getContent())));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (jakarta.mail.AuthenticationFailedException noMailYet) {
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read the mailbox of " + address, e);
        }
    }
}
