package org.opendoor.notify.email;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message templates, one Qute file per purpose under {@code templates/}: the first line is the subject, the
 * rest the body. Values are plain text.
 */
@ApplicationScoped
public class Templates {
    private final Engine engine = Engine.builder().addDefaults().build();
    private final Map<String, Template> byPurpose = new ConcurrentHashMap<>();

    public record Rendered(String subject, String body) {
    }

    public Rendered render(String purpose, Map<String, Object> data) {
        String text = byPurpose.computeIfAbsent(purpose, this::load).data(data).render();
        int newline = text.indexOf('\n');
        return new Rendered(text.substring(0, newline).trim(), text.substring(newline + 1).stripLeading());
    }

    private Template load(String purpose) {
        String resource = "templates/" + purpose + ".txt";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No template " + resource);
            }
            return engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
