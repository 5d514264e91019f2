package org.childplan.platform.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.childplan.platform.idempotency.IdempotencyService;

/** The HTTP answer to a request made under an Idempotency-Key: the first answer, the same each time it is repeated. */
public final class IdempotentResponses {

    public static final String REPLAYED = "Idempotency-Replayed";

    private IdempotentResponses() {
    }

    /** The stored answer as JSON, with Location when it created something, and Idempotency-Replayed when repeated. */
    public static Response of(IdempotencyService.Result result) {
        Response.ResponseBuilder response = Response.status(result.status()).type(MediaType.APPLICATION_JSON).entity(result.body());
        if (result.status() == 201 && result.location() != null) {
            response.location(URI.create(result.location()));
        }
        if (result.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
