package org.opendoor.briefing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.opendoor.model.Json;

/** Applies OpenDoor's one JSON configuration to the REST layer's mapper. */
@Singleton
public class JsonConfiguration implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        Json.configure(mapper);
    }
}
