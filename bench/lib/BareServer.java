import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * The baseline of the catalogue-read benchmark: a bare JDK HTTP server answering GET with bytes held in memory.
 * Run as a single source file (no build): {@code java bench/lib/BareServer.java PORT PATH BODY HEADERS [PATH BODY HEADERS ...]}.
 * BODY is the response body to serve; HEADERS the headers the real service sent for it (curl -D output): their
 * Content-Type and ETag are repeated, and the body is framed the same way (chunked when the service chunked it,
 * otherwise with Content-Length). Any other path answers 404. Worker threads: 2 × CPUs. Start it with
 * {@code -Dsun.net.httpserver.nodelay=true}: without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms to small answers.
 */
public final class BareServer {

    private record Route(byte[] body, String contentType, String etag, boolean chunked) {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        for (int i = 1; i + 2 < args.length; i += 3) {
            String path = args[i];
            Route route = route(Path.of(args[i + 1]), Path.of(args[i + 2]));
            server.createContext(path, exchange -> {
                try (exchange) {
                    if (!exchange.getRequestURI().getPath().equals(path) || !"GET".equals(exchange.getRequestMethod())) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    exchange.getRequestBody().readAllBytes();
                    exchange.getResponseHeaders().set("Content-Type", route.contentType());
                    if (route.etag() != null) {
                        exchange.getResponseHeaders().set("ETag", route.etag());
                    }
                    exchange.sendResponseHeaders(200, route.chunked() ? 0 : route.body().length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(route.body());
                    }
                }
            });
        }
        server.setExecutor(Executors.newFixedThreadPool(2 * Runtime.getRuntime().availableProcessors()));
        server.start();
        System.out.println("bare server listening on " + port);
    }

    private static Route route(Path body, Path headers) throws IOException {
        String contentType = "application/json";
        String etag = null;
        boolean chunked = false;
        List<String> lines = Files.readAllLines(headers);
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-type" -> contentType = value;
                case "etag" -> etag = value;
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                default -> {
                }
            }
        }
        return new Route(Files.readAllBytes(body), contentType, etag, chunked);
    }
}
