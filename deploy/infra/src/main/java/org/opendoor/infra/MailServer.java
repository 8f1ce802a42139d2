package org.opendoor.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** A real SMTP server (GreenMail) that keeps every message it receives, for tests and the local stack. */
public final class MailServer implements AutoCloseable {
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // as in agency-notify's EmailChannel: otherwise Jakarta Mail scans the class path (ServiceLoader) for its
        // stream provider for every message, which was most of the mail server's CPU per referral
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final GreenMail greenMail;
    private final int port;
    private final int imapPort;

    private MailServer(int port, int imapPort) {
        this.port = port;
        this.imapPort = imapPort;
        this.greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    }

    /** SMTP on the given port; IMAP on the other, where every recipient's login and password are its address. */
    public static MailServer start(int port, int imapPort) {
        MailServer server = new MailServer(port, imapPort);
        server.greenMail.start();
        return server;
    }

    public int port() {
        return port;
    }

    public int imapPort() {
        return imapPort;
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Messages received for one address. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
