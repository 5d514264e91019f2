package org.childplan.platform.peer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The JSON reader for answers from peer services. This service's own mapper is strict about what clients
 * send it; as a client it must instead tolerate what a newer peer adds (new properties, new enum values),
 * or every additive change there would break this service.
 */
public class LenientPeerJson implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
