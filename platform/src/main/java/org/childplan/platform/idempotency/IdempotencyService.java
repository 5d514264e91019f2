package org.childplan.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.childplan.platform.error.IdempotencyKeyReusedException;
import org.childplan.platform.error.InputValidationException;

/**
 * Runs a creating request at most once per Idempotency-Key: a repeat of the same request gets the first answer
 * back and creates nothing; the same key with a different request is refused with 422.
 */
@ApplicationScoped
public class IdempotencyService {

    /** The answer to return: a status, an optional Location, and the JSON body. */
    public record Result(int status, String location, String body, boolean replayed) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    public IdempotencyService(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * Runs {@code action} in this transaction unless the key was already used for the same request.
     * Without a key the action simply runs. {@code requestFingerprint} identifies the request's content.
     */
    @Transactional
    public Result execute(String operation, String key, String requestFingerprint, Supplier<Created<?>> action) {
        if (key == null) {
            return serialise(action.get(), false);
        }
        if (key.isBlank() || key.length() > 200) {
            throw InputValidationException.single("Idempotency-Key", "must be 1 to 200 characters",
                    "幂等键长度必须为1至200个字符");
        }
        // A concurrent request with the same key waits here and then replays the first one's answer.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "idempotency:" + operation + ":" + key).getSingleResult();
        String hash = sha256(requestFingerprint);
        var stored = IdempotencyRecord.find(operation, key);
        if (stored.isPresent()) {
            if (!stored.get().requestHash.equals(hash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return new Result(stored.get().status, stored.get().location, stored.get().body, true);
        }
        Result result = serialise(action.get(), false);
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = new IdempotencyRecord.Key(operation, key);
        record.requestHash = hash;
        record.status = result.status();
        record.location = result.location();
        record.body = result.body();
        record.persist();
        return result;
    }

    /** What the action produced: status, Location and the body object to serialise. */
    public record Created<T>(int status, String location, T body) {
    }

    private Result serialise(Created<?> created, boolean replayed) {
        try {
            return new Result(created.status(), created.location(), mapper.writeValueAsString(created.body()), replayed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be serialised", e);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
