package org.childplan.evaluation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.childplan.evaluation.domain.ObservationCsv;
import org.childplan.platform.error.InputValidationException;

/**
 * Reads observation rows from a JSON or CSV body, so that resources receive rows, not bytes. The whole batch is checked
 * here against the row limit and the JSON constraints; what each row means is the submission use case's to check.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, SubmissionResource.CSV})
public class ObservationBodyReader implements MessageBodyReader<Object> {

    private final ObjectMapper mapper;
    private final Validator validator;

    public ObservationBodyReader(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ObservationBody.NewSubmission.class || type == ObservationBody.Replacement.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String text = Utf8.decode(entity.readAllBytes());
        if (text == null || text.isBlank()) {
            throw InputValidationException.single("body", "a body is required", "请求体不能为空");
        }
        boolean newSubmission = ObservationBody.NewSubmission.class.equals(type);
        ObservationBody body = isCsv(mediaType) ? csv(text) : newSubmission ? json(text) : replacementJson(text);
        return newSubmission ? new ObservationBody.NewSubmission(body) : new ObservationBody.Replacement(body);
    }

    private static ObservationBody csv(String text) {
        ObservationCsv.Result csv = ObservationCsv.parse(text);
        SubmissionLimits.check(csv.rows().size());
        if (csv.rows().isEmpty() && !csv.errors().isEmpty()) {
            throw new InputValidationException(csv.errors());
        }
        return new ObservationBody(null, csv.rows(), csv.errors(), text);
    }

    private ObservationBody json(String text) {
        SubmissionInput input = parse(text, SubmissionInput.class);
        SubmissionLimits.check(input.observations().size());
        return new ObservationBody(input.agencyCode(), input.observations().stream().map(ObservationRow::input).toList(),
                List.of(), text);
    }

    private ObservationBody replacementJson(String text) {
        ObservationsInput input = parse(text, ObservationsInput.class);
        SubmissionLimits.check(input.observations().size());
        return new ObservationBody(null, input.observations().stream().map(ObservationRow::input).toList(), List.of(), text);
    }

    private <T> T parse(String text, Class<T> type) {
        T value;
        try {
            value = mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(e);
        }
        if (value == null) {
            // the body "null" parses to nothing at all
            throw InputValidationException.single("body", "the body must be a JSON object", "请求体必须是 JSON 对象");
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    private static boolean isCsv(MediaType mediaType) {
        return mediaType != null && MediaType.valueOf(SubmissionResource.CSV).isCompatible(mediaType);
    }
}
