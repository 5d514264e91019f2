package org.childplan.platform.startup;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.childplan.platform.problem.HttpLayerProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Work a service does once at start, such as loading its seed data, run off the startup path: the service reports
 * ready without waiting for it, and each request to its API (every path but {@code /q/}) waits in the HTTP layer
 * until the work is done, so no caller ever sees the service without its seed data. A request that would wait longer
 * than {@value #MAX_WAIT} (30 s unless set) is answered 503 with {@code Retry-After}. Health, metrics and the
 * contract under {@code /q/} answer at once.
 *
 * <p>Only a service that sets {@value #HOLDS_REQUESTS} may run work here: the same setting makes its contract
 * document the 503 on every operation ({@link org.childplan.platform.openapi.ContractConventions}), so the wire and
 * the contract cannot disagree.
 */
@ApplicationScoped
public class StartupWork {

    /** Set by a service that runs startup work here; read by the contract filter too. */
    public static final String HOLDS_REQUESTS = "childplan.startup.holds-requests";
    public static final String MAX_WAIT = "childplan.startup.max-request-wait";
    private static final long RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(StartupWork.class);

    private final boolean holdsRequests;
    private final Duration maxWait;
    private final HttpLayerProblems problems;
    /** Completes when all the work started so far is done, however it ended. */
    private volatile CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
    private volatile boolean stopping;

    public StartupWork(@ConfigProperty(name = HOLDS_REQUESTS, defaultValue = "false") boolean holdsRequests,
                       @ConfigProperty(name = MAX_WAIT, defaultValue = "30s") Duration maxWait,
                       HttpLayerProblems problems) {
        this.holdsRequests = holdsRequests;
        this.maxWait = maxWait;
        this.problems = problems;
    }

    /**
     * Starts {@code work} on a thread of its own, named {@code name}; requests wait for it. The returned future
     * completes when it is done, exceptionally if it failed.
     */
    public synchronized CompletableFuture<Void> run(String name, Runnable work) {
        if (!holdsRequests) {
            throw new IllegalStateException("Startup work needs " + HOLDS_REQUESTS + "=true, so that the contract documents "
                    + "the 503 a request may get while it runs");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        }, name);
        thread.setDaemon(true);
        pending = CompletableFuture.allOf(pending, done).handle((ignored, failure) -> null);
        thread.start();
        return done;
    }

    /** True while work started here is running. */
    public boolean running() {
        return !pending.isDone();
    }

    /** True once the service is stopping: a failure of the work is then expected and says nothing about it. */
    public boolean stopping() {
        return stopping;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    void holdRequests(@Observes Router router) {
        if (!holdsRequests) {
            return;
        }
        // after the URI check, the body limit and the prepared representations' shortcut, which has nothing to
        // serve before the first request has been answered
        router.route().order(Integer.MIN_VALUE + 3).handler(this::hold);
    }

    private void hold(RoutingContext context) {
        CompletableFuture<Void> work = pending;
        if (work.isDone() || context.request().path().startsWith("/q/")) {
            context.next();
            return;
        }
        // Quarkus keeps the request paused until a handler reads its body, so a held body is not lost
        Context eventLoop = Vertx.currentContext();
        AtomicBoolean answered = new AtomicBoolean();
        long timer = context.vertx().setTimer(maxWait.toMillis(), id -> {
            if (answered.compareAndSet(false, true)) {
                LOG.warnf("%s %s waited %s for the startup work and was answered 503", context.request().method(),
                        context.request().path(), maxWait);
                context.response().putHeader("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
                problems.answer(context, 503,
                        "The service is still loading its seed data after its first start; try again in "
                                + RETRY_AFTER_SECONDS + " s",
                        "服务首次启动后仍在载入初始数据，请在 " + RETRY_AFTER_SECONDS + " 秒后重试");
            }
        });
        work.whenComplete((ignored, failure) -> eventLoop.runOnContext(v -> {
            if (answered.compareAndSet(false, true)) {
                context.vertx().cancelTimer(timer);
                context.next();
            }
        }));
    }
}
