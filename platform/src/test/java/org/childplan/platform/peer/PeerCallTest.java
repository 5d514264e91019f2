package org.childplan.platform.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PeerCallTest {

    /** Shaped like the ApiException every generated client has in a package of its own. */
    static class GeneratedApiException extends Exception {
        private final transient Response response;

        GeneratedApiException(int status) {
            this.response = Response.status(status).build();
        }

        public Response getResponse() {
            return response;
        }
    }

    @Test
    void answersWhatThePeerAnswered() {
        assertThat(PeerCall.emptyIfUnknown("indicator-service", "the catalogue of X", () -> "catalogue")).contains("catalogue");
    }

    @Test
    void treatsAPeersNotFoundAsAnAnswerNotAFailure() {
        assertThat(PeerCall.emptyIfUnknown("indicator-service", "the catalogue of X", () -> {
            throw new GeneratedApiException(404);
        })).isEmpty();
    }

    @Test
    void failsOnAnyOtherAnswerSoThatFaultToleranceRetries() {
        assertThatThrownBy(() -> PeerCall.emptyIfUnknown("agency-service", "the responsibilities of X", () -> {
            throw new GeneratedApiException(500);
        })).isInstanceOf(IllegalStateException.class)
                .hasMessage("agency-service answered HTTP 500 for the responsibilities of X");
    }

    @Test
    void failsWhenThePeerCanNotBeReached() {
        assertThatThrownBy(() -> PeerCall.emptyIfUnknown("agency-service", "the responsibilities of X", () -> {
            throw new ProcessingException("Connection refused");
        })).isInstanceOf(IllegalStateException.class).hasMessage("agency-service could not be reached: Connection refused");
    }

    @Test
    void fallsBackToUnavailableWithTheTimeToTryAgain() {
        PeerUnavailableException e = PeerCall.unavailable("agency-service", "Responsibilities of plan X", 30,
                new IllegalStateException("timeout"));
        assertThat(e.kind()).isEqualTo(org.childplan.platform.error.ProblemException.Kind.UNAVAILABLE);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    }
}
