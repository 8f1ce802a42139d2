package org.opendoor.notify.email;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.ValueResolvers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.opendoor.notify.plan.Purpose;

/**
 * Message templates, one Qute file per purpose under {@code templates/}: the first line is the subject, the
 * rest the body. Values are plain text. All are parsed at start-up, so a missing or broken one stops it.
 */
@io.quarkus.runtime.Startup
@ApplicationScoped
public class Templates {
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private final Engine engine = Engine.builder().addDefaults().addValueResolver(ValueResolvers.mapResolver())
            .build();
    private final Map<Purpose, Template> byPurpose = new EnumMap<>(Purpose.class);

    public record Rendered(String subject, String body) {
    }

    @PostConstruct
    void load() {
        for (Purpose purpose : Purpose.values()) {
            byPurpose.put(purpose, load(purpose));
        }
    }

    public Rendered render(String purpose, Map<String, Object> data) {
        String text = byPurpose.get(Purpose.valueOf(purpose)).data(data).render();
        int newline = text.indexOf('\n');
        return new Rendered(text.substring(0, newline).trim(),
                BLANK_LINES.matcher(text.substring(newline + 1).stripLeading()).replaceAll("\n\n"));
    }

    private Template load(Purpose purpose) {
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
