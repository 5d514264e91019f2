package org.childplan.platform.peer;

import java.time.Duration;
import org.childplan.platform.error.ProblemException;

/** 503: a service this one depends on did not answer in time, failed, or its circuit breaker is open. */
public class PeerUnavailableException extends ProblemException {

    public PeerUnavailableException(String peer, long retryAfterSeconds) {
        super(Kind.UNAVAILABLE, "peer-unavailable", "Peer service unavailable",
                peer + " is unavailable, so this request can not be completed now; try again in " + retryAfterSeconds + " s",
                peer + " 暂时不可用，本请求无法完成，请在 " + retryAfterSeconds + " 秒后重试",
                null, Duration.ofSeconds(retryAfterSeconds));
    }
}
