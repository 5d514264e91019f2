package org.childplan.bench.bare;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files the bare app serves, read into memory once at startup. A request path maps to the file at the same
 * relative path under {@code bare.files}: {@code GET /api/v1/plans/P/catalogue} serves
 * {@code <bare.files>/api/v1/plans/P/catalogue}, byte for byte. A file {@code <name>.headers} next to it (what
 * {@code curl -D} writes) gives the Content-Type and ETag to answer with, so the baseline repeats the service's
 * headers exactly; without one the type is application/json and the ETag a hash of the bytes.
 */
@Startup
@Singleton
public class FileRoutes {

    static final String HEADERS_SUFFIX = ".headers";

    /** One file to serve: its bytes and the two headers it is served with. */
    public record Route(byte[] body, String contentType, String etag) {
    }

    private final Map<String, Route> routes;

    public FileRoutes(@ConfigProperty(name = "bare.files") Optional<Path> directory) {
        this.routes = directory.map(FileRoutes::load).orElse(Map.of());
    }

    public Optional<Route> route(String path) {
        return Optional.ofNullable(routes.get(path.startsWith("/") ? path : "/" + path));
    }

    static Map<String, Route> load(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(HEADERS_SUFFIX))
                    .collect(Collectors.toUnmodifiableMap(
                            file -> "/" + root.relativize(file).toString().replace('\\', '/'),
                            FileRoutes::route));
        } catch (IOException e) {
            throw new UncheckedIOException("bare.files " + root + " could not be read", e);
        }
    }

    private static Route route(Path file) {
        try {
            byte[] body = Files.readAllBytes(file);
            String contentType = "application/json";
            String etag = '"' + sha256(body).substring(0, 32) + '"';
            Path headers = file.resolveSibling(file.getFileName() + HEADERS_SUFFIX);
            if (Files.isRegularFile(headers)) {
                List<String> lines = Files.readAllLines(headers);
                for (String line : lines) {
                    int colon = line.indexOf(':');
                    if (colon < 0) {
                        continue;
                    }
                    String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = line.substring(colon + 1).trim();
                    if (name.equals("content-type")) {
                        contentType = value;
                    } else if (name.equals("etag")) {
                        etag = value;
                    }
                }
            }
            return new Route(body, contentType, etag);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " could not be read", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
