package org.opendoor.frontend.briefing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Derby and Derbyshire partnership's June 2020 briefing, in the shape briefing-service's README gives. */
final class BriefingFixture {
    static final String FILE = "briefing/ddscp-2020-06.json";

    private BriefingFixture() {
    }

    static String json() {
        try (InputStream in = BriefingFixture.class.getClassLoader().getResourceAsStream(FILE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read as the REST client reads it (Quarkus's mapper ignores fields it does not know). */
    static Briefing briefing() {
        try {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(json(), Briefing.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Briefing.Measure measure(String id) {
        return briefing().sections().stream().flatMap(s -> s.measures().stream())
                .filter(m -> m.measure().equals(id)).findFirst().orElseThrow();
    }
}
