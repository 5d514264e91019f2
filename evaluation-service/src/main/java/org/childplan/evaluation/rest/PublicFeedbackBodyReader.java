package org.childplan.evaluation.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.childplan.evaluation.config.PublicFeedbackConfig;
import org.childplan.platform.error.PayloadTooLargeException;
import org.childplan.platform.http.BodyTooLargeException;
import org.childplan.platform.http.CappedInputStream;

/**
 * Reads feedback sent without an account, and no more of the body than such feedback can need: anyone can call the
 * operation, so a body above {@code childplan.public-feedback.max-body-bytes} is refused with 413 as soon as its
 * Content-Length says so, or, sent chunked, as soon as that many bytes have arrived, rather than at the service-wide
 * limit meant for bulk submissions.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class PublicFeedbackBodyReader implements MessageBodyReader<PublicFeedbackResource.PublicFeedbackInput> {

    private final ObjectMapper mapper;
    private final long maxBytes;

    public PublicFeedbackBodyReader(ObjectMapper mapper, PublicFeedbackConfig config) {
        this.mapper = mapper;
        this.maxBytes = config.maxBodyBytes();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == PublicFeedbackResource.PublicFeedbackInput.class;
    }

    @Override
    public PublicFeedbackResource.PublicFeedbackInput readFrom(Class<PublicFeedbackResource.PublicFeedbackInput> type,
            Type genericType, Annotation[] annotations, MediaType mediaType, MultivaluedMap<String, String> headers,
            InputStream entity) throws IOException {
        String length = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > maxBytes) {
            throw tooLarge();
        }
        try {
            return mapper.readValue(new CappedInputStream(entity, maxBytes), PublicFeedbackResource.PublicFeedbackInput.class);
        } catch (BodyTooLargeException e) {
            throw tooLarge();
        }
    }

    private PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("Feedback without an account", "无账号反馈", maxBytes, "bytes", "字节");
    }
}
