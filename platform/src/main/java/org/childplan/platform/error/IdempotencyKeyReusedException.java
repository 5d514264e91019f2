package org.childplan.platform.error;

/** 422: an Idempotency-Key sent again with a different request. */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException(String key) {
        super(Kind.KEY_REUSED, "idempotency-key-reused", "Idempotency-Key reused with a different request",
                "Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request",
                "幂等键“" + key + "”已用于另一个不同的请求，新的请求请使用新的幂等键", null);
    }
}
