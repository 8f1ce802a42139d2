package org.opendoor.launcher;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.opendoor.infra.MailServer;

/** A read-only web page of the mail the local SMTP server received: the local stack's "outbox" for agencies. */
public final class MailViewer implements AutoCloseable {
    private final HttpServer server;

    private MailViewer(HttpServer server) {
        this.server = server;
    }

    public static MailViewer start(MailServer mail, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", exchange -> {
                byte[] page = render(mail.received()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            });
            server.start();
            return new MailViewer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Mail viewer could not listen on " + port, e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    static String render(List<MimeMessage> messages) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=en><meta charset=utf-8>"
                + "<title>OpenDoor local mail</title><style>body{font-family:sans-serif;margin:2em}"
                + "article{border:1px solid #b1b4b6;padding:1em;margin:1em 0}pre{white-space:pre-wrap}</style>"
                + "<h1>Mail sent by OpenDoor (" + messages.size() + ")</h1>");
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage m = messages.get(i);
            try {
                html.append("<article><h2>").append(escape(m.getSubject())).append("</h2><p>To: ")
                        .append(escape(Arrays.toString(m.getAllRecipients()))).append("<br>Sent: ")
                        .append(escape(String.valueOf(m.getSentDate()))).append("</p><pre>")
                        .append(escape(String.valueOf(m.getContent()))).append("</pre></article>");
            } catch (Exception e) {
                html.append("<article>unreadable message</article>");
            }
        }
        return html.append("</html>").toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
