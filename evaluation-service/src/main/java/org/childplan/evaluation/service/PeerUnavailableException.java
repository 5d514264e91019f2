package org.childplan.evaluation.service;

import java.util.Map;

/** 503: a service this one depends on did not answer in time, failed, or its circuit breaker is open. */
public class PeerUnavailableException extends ProblemException {

    public PeerUnavailableException(String peer, long retryAfterSeconds) {
        super(503, "peer-unavailable", "Peer service unavailable",
                peer + " is unavailable, so this request can not be completed now; try again in " + retryAfterSeconds + " s",
                peer + " 暂时不可用，本请求无法完成，请在 " + retryAfterSeconds + " 秒后重试",
                null, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }
}
