package org.childplan.console.client;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ETags the services answered during this page request, by the path that answered them ({@link EtagCapture}).
 * The generated interfaces return the body only, so this is where a page finds the ETag of what it just read, to put
 * it in the form's hidden field and send it back as If-Match with the write.
 */
@RequestScoped
public class Etags {

    private final Map<String, String> byPath = new ConcurrentHashMap<>();

    void remember(String path, String etag) {
        byPath.put(path, etag);
    }

    /** The ETag of the last answer from a path ending with the given suffix (e.g. "/evaluations/MIDTERM-2023"). */
    public Optional<String> of(String pathSuffix) {
        return byPath.entrySet().stream().filter(e -> e.getKey().endsWith(pathSuffix)).map(Map.Entry::getValue).findFirst();
    }
}
