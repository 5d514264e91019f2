package org.childplan.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * agency-service as the sign-in page meets it: the agency list only for a signed-in caller (a bearer token with a
 * role), 401 for anyone else, as its {@code @Authenticated} AgencyResource answers. The other services stay down.
 */
public class AgencyServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String AGENCY_CODE = "civil-affairs-bureau";
    static final String AGENCY_NAME = "市民政局";

    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the agency-service stub", e);
        }
        server.createContext("/api/v1/agencies", this::agencies);
        server.start();
        return Map.of("quarkus.rest-client.agency-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void agencies(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!signedIn(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "application/problem+json", "{\"status\":401,\"title\":\"Unauthorized\"}");
                return;
            }
            answer(exchange, 200, "application/json", "{\"items\":[{\"code\":\"" + AGENCY_CODE + "\",\"nameZh\":\""
                    + AGENCY_NAME + "\",\"nameEn\":\"Municipal Civil Affairs Bureau\",\"kind\":\"GOVERNMENT_BUREAU\","
                    + "\"committeeMember\":true,\"active\":true}],\"page\":0,\"size\":500,\"total\":1}");
        }
    }

    /** A JWT whose groups name a role (the stub does not check the signature: the services do). */
    private static boolean signedIn(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims.path("groups").isArray() && !claims.path("groups").isEmpty();
        } catch (IOException | IllegalArgumentException notAJwt) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
