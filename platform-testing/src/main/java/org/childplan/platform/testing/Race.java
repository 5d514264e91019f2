package org.childplan.platform.testing;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Sends one request per writer from as many threads, released together by a latch once every thread is ready, so the
 * requests reach the service at the same moment rather than one after the other as a loop would send them.
 */
public final class Race {

    /** What one writer was answered, and when (System.nanoTime) its request left and its answer came. */
    public record Answer(int writer, int status, String contentType, String etag, String body, long sentAt, long answeredAt) {
    }

    /** Every writer's answer, in writer order. */
    public record Result(List<Answer> answers) {

        /** How many answers had each status. */
        public Map<Integer, Long> countByStatus() {
            Map<Integer, Long> counts = new TreeMap<>();
            answers.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
            return counts;
        }

        public List<Answer> withStatus(int status) {
            return answers.stream().filter(a -> a.status() == status).toList();
        }

        /**
         * How many requests had been sent before the first answer came: that many were in flight at once, which a
         * race needs (two or more) and a loop of requests never shows.
         */
        public long inFlightTogether() {
            long firstAnswer = answers.stream().mapToLong(Answer::answeredAt).min().orElse(0);
            return answers.stream().filter(a -> a.sentAt() < firstAnswer).count();
        }
    }

    private Race() {
    }

    /** Runs {@code request} for writers 0 … {@code writers}-1, all released at once; waits at most a minute. */
    public static Result run(int writers, IntFunction<Response> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch ready = new CountDownLatch(writers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                pending.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    long sent = System.nanoTime();
                    Response response = request.apply(writer);
                    long answered = System.nanoTime();
                    return new Answer(writer, response.statusCode(), response.contentType(), response.header("ETag"),
                            response.asString(), sent, answered);
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the writers' threads did not start");
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return new Result(answers);
        } finally {
            threads.shutdownNow();
        }
    }
}
