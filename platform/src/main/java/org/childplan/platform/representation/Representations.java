package org.childplan.platform.representation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.childplan.platform.http.RequestIds;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prepared representations: a read is serialised once per (resource, query) and data generation, and every later
 * request is answered from the prepared bytes, with a strong ETag, 304 for a matching If-None-Match, and gzip when
 * the client accepts it. The per-request path touches no database.
 * <p>
 * Invalidation: every write to a table a representation is made from sends a PostgreSQL NOTIFY in its transaction
 * (a trigger; delivered on commit only), which {@link RepresentationListener} receives on every replica and turns
 * into {@link #changed()}: the generation moves on and everything prepared is dropped. A write through this replica's
 * HTTP API also calls it as soon as the write has been answered, so the writer reads its own write at once. While the
 * listener is not connected (at start, after a lost connection) notifications could be missed, so nothing is kept:
 * every request prepares its answer afresh, and everything is dropped again when the listener is back.
 * <p>
 * A representation is kept only if the generation did not move while its inputs were read: a write that commits
 * meanwhile cannot leave a stale answer behind.
 */
@ApplicationScoped
public class Representations {

    public static final String IF_NONE_MATCH = "If-None-Match";
    public static final String ENABLED = "childplan.representations.enabled";
    public static final String MAX_BYTES = "childplan.representations.max-bytes";
    static final String VARY = "Vary";
    /** The Content-Type the REST layer gives JSON. */
    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private final ObjectMapper mapper;
    private final boolean enabled;
    private final long maxBytes;
    private final ConcurrentHashMap<RepresentationKey, Representation> prepared = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong heldBytes = new AtomicLong();
    /**
     * Anonymous GETs of public representations already answered once through the REST layer, by request line (and
     * Accept): answered in the HTTP layer without passing through it again. See {@link #observeRequests}.
     */
    private final ConcurrentHashMap<String, Shortcut> shortcuts = new ConcurrentHashMap<>();
    private final Instance<CurrentVertxRequest> currentRequest;
    /** Whether every write is being heard; only then are representations kept. */
    private volatile boolean listening;

    @Inject
    public Representations(ObjectMapper mapper,
                           @ConfigProperty(name = ENABLED, defaultValue = "true") boolean enabled,
                           @ConfigProperty(name = MAX_BYTES, defaultValue = "67108864") long maxBytes,
                           Instance<CurrentVertxRequest> currentRequest) {
        this.mapper = mapper;
        this.enabled = enabled;
        this.maxBytes = maxBytes;
        this.currentRequest = currentRequest;
    }

    /** Without Quarkus (unit tests): no HTTP layer, so no anonymous fast path. */
    Representations(ObjectMapper mapper, boolean enabled, long maxBytes) {
        this(mapper, enabled, maxBytes, null);
    }

    /**
     * The answer to a GET: the prepared representation, or one prepared now from {@code content} (which reads the
     * database), as 200 in the encoding the client accepts, or 304 when its If-None-Match names the current ETag.
     */
    public Response answer(HttpHeaders request, RepresentationKey key, CachePolicy policy,
                           Supplier<RepresentationContent> content) {
        Representation representation = representation(key, policy, content);
        rememberShortcut(representation);
        return respond(representation, request.getHeaderString(IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    }

    /** The prepared representation, preparing (and keeping) it when there is none. */
    public Representation representation(RepresentationKey key, CachePolicy policy, Supplier<RepresentationContent> content) {
        Representation kept = find(key);
        if (kept != null) {
            return kept;
        }
        // read before the inputs are: a write committed after this moment moves it on, and the answer is not kept
        long before = generation.get();
        Representation fresh = Representation.prepare(key, content.get(), policy, before);
        keep(fresh);
        return fresh;
    }

    /** The kept representation for the key, if it is still current. */
    public Representation find(RepresentationKey key) {
        Representation kept = prepared.get(key);
        if (kept == null) {
            return null;
        }
        if (kept.generation() != generation.get() || kept.expiresAtMillis() <= System.currentTimeMillis()) {
            prepared.remove(key, kept);
            return null;
        }
        return kept;
    }

    /** A view as JSON, serialised by the same ObjectMapper the REST layer uses, so the bytes are those it would send. */
    public RepresentationContent json(Object view) {
        try {
            return RepresentationContent.of(JSON, mapper.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view could not be written as JSON", e);
        }
    }

    /** The HTTP answer for a prepared representation and a request's If-None-Match and Accept-Encoding. */
    public static Response respond(Representation representation, String ifNoneMatch, String acceptEncoding) {
        Response.ResponseBuilder response;
        if (EntityTags.noneMatchHits(ifNoneMatch, representation.etag())) {
            response = Response.notModified();
        } else if (representation.gzip() != null && AcceptEncoding.allowsGzip(acceptEncoding)) {
            response = Response.ok(representation.gzip(), representation.mediaType()).header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            response = Response.ok(representation.identity(), representation.mediaType());
        }
        response.header(HttpHeaders.ETAG, representation.etag())
                .header(HttpHeaders.CACHE_CONTROL, representation.cacheControl());
        if (!representation.headers().containsKey(VARY)) {
            response.header(VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        for (Map.Entry<String, String> header : representation.headers().entrySet()) {
            response.header(header.getKey(), header.getValue());
        }
        return response.build();
    }

    /** Something representations are made from has changed: drop everything prepared. */
    public void changed() {
        generation.incrementAndGet();
        dropAll();
    }

    /** The listener hears every write again (at start, after a reconnect): what was missed meanwhile is dropped. */
    void listening() {
        changed();
        listening = true;
    }

    /** The listener lost its connection: writes may go unheard, so nothing is kept until it is back. */
    void deaf() {
        listening = false;
        changed();
    }

    public boolean keeping() {
        return enabled && listening;
    }

    /** How many representations are kept (for tests and metrics). */
    public int size() {
        return prepared.size();
    }

    private void keep(Representation representation) {
        if (!keeping() || representation.generation() != generation.get()) {
            return;
        }
        if (heldBytes.addAndGet(representation.size()) > maxBytes) {
            // a crude bound, but one that can not be outgrown (by asking for every asOf date, say): start again
            dropAll();
            heldBytes.addAndGet(representation.size());
        }
        prepared.put(representation.key(), representation);
        if (representation.generation() != generation.get()) {
            // a write was heard while it was being put: it may hold inputs from before that write
            prepared.remove(representation.key(), representation);
        }
    }

    private void dropAll() {
        prepared.clear();
        shortcuts.clear();
        heldBytes.set(0);
    }

    /** A request line the REST layer answered anonymously from a kept public representation. */
    private record Shortcut(RepresentationKey key, Object pathTemplate) {
    }

    private static final String SHORTCUT = "childplan.representation.shortcut";
    /** Where the REST layer leaves the path template that the HTTP metrics are tagged with. */
    private static final String PATH_TEMPLATE = "UrlPathTemplate";

    /**
     * Every request passes here first, in the HTTP layer:
     * <ul>
     *   <li>A write through this replica's API (any method but GET, HEAD and OPTIONS) drops what is prepared once it
     *       has been answered (its transaction has committed by then), so that the writer's next read sees its write
     *       without waiting for the notification; other replicas hear of it through the listener.</li>
     *   <li>An anonymous GET (no Authorization header; Accept absent, {@code *}{@code /*} or JSON) whose request line
     *       the REST layer has already answered anonymously from a kept representation that anyone may read is
     *       answered here from the same representation, with the same headers, 304 and gzip included, without the
     *       REST layer's filters, security check and worker thread. Only what the REST layer itself served to an
     *       anonymous caller is served this way, so access stays exactly as its annotations allow; requests with a
     *       token, other Accept headers and the first request of each line take the full path.</li>
     * </ul>
     */
    void observeRequests(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            HttpServerRequest request = context.request();
            HttpMethod method = request.method();
            if (method == HttpMethod.GET) {
                if (keeping() && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                    String accept = request.getHeader(HttpHeaders.ACCEPT);
                    if (accept == null || accept.equals("*/*") || accept.equals(MediaType.APPLICATION_JSON)) {
                        String line = request.uri() + '\n' + accept;
                        Shortcut shortcut = shortcuts.get(line);
                        Representation representation = shortcut == null ? null : find(shortcut.key());
                        if (representation != null) {
                            answerInHttpLayer(context, representation, shortcut.pathTemplate());
                            return;
                        }
                        context.put(SHORTCUT, line);
                    }
                }
            } else if (method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
                context.addHeadersEndHandler(v -> changed());
            }
            context.next();
        });
    }

    /** After the REST layer answered an anonymous request from a kept public representation: the next one need not. */
    private void rememberShortcut(Representation representation) {
        if (currentRequest == null || representation.cacheControl().contains("private") || !keeping()) {
            return;
        }
        RoutingContext context = currentRequest.get().getCurrent();
        String line = context == null ? null : context.get(SHORTCUT);
        if (line != null && prepared.get(representation.key()) == representation) {
            // request lines count against the bound too: unknown query parameters make endless distinct lines
            if (heldBytes.addAndGet(line.length() * 2L + 128) > maxBytes) {
                dropAll();
                return;
            }
            shortcuts.put(line, new Shortcut(representation.key(), context.get(PATH_TEMPLATE)));
            if (representation.generation() != generation.get()) {
                shortcuts.remove(line);
            }
        }
    }

    private static void answerInHttpLayer(RoutingContext context, Representation representation, Object pathTemplate) {
        if (pathTemplate != null) {
            context.put(PATH_TEMPLATE, pathTemplate);
        }
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        response.putHeader(RequestIds.HEADER, RequestIds.fromHeader(request.getHeader(RequestIds.HEADER)));
        response.putHeader(HttpHeaders.ETAG, representation.etag());
        response.putHeader(HttpHeaders.CACHE_CONTROL, representation.cacheControl());
        if (!representation.headers().containsKey(VARY)) {
            response.putHeader(VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        representation.headers().forEach(response::putHeader);
        if (EntityTags.noneMatchHits(request.getHeader(IF_NONE_MATCH), representation.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, representation.mediaType());
        if (representation.gzip() != null && AcceptEncoding.allowsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.end(representation.gzipWire());
        } else {
            response.end(representation.identityWire());
        }
    }
}
