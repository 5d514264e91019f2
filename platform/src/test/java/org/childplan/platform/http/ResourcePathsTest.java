package org.childplan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcePathsTest {

    @Path("/api/v1/plans")
    public static class Plans {
        @GET
        public void list() {
        }

        @GET
        @Path("/{planCode}/catalogue")
        public void catalogue() {
        }
    }

    @Path("/api/v1/plans/{planCode}/indicators")
    public static class Indicators {
        @POST
        public void create() {
        }

        @GET
        @Path("/{indicatorCode}")
        public void get() {
        }

        @PUT
        @Path("{indicatorCode}/")
        public void revise() {
        }

        @GET
        @Path("/{indicatorCode}/versions")
        public void versions() {
        }
    }

    @Path("/api/v1/things/{year: \\d{4}}")
    public static class Things {
        @DELETE
        public void remove() {
        }
    }

    private static final List<Class<?>> RESOURCES = List.of(Plans.class, Indicators.class, Things.class);

    @Test
    void findsTheMethodsOfTheResourceAtAPathAcrossResourceClasses() {
        assertThat(ResourcePaths.allowed(RESOURCES, "/api/v1/plans/P-1/indicators/HEALTH-3a")).containsExactly("GET", "PUT");
        assertThat(ResourcePaths.allowed(RESOURCES, "/api/v1/plans/P-1/indicators")).containsExactly("POST");
        assertThat(ResourcePaths.allowed(RESOURCES, "/api/v1/plans")).containsExactly("GET");
    }

    @Test
    void findsNothingWhereNoResourceLives() {
        assertThat(ResourcePaths.allowed(RESOURCES, "/api/v1/plans/P-1/indicators/HEALTH-3a/nothing")).isEmpty();
        assertThat(ResourcePaths.allowed(RESOURCES, "/api/v1/no-such-thing")).isEmpty();
    }

    @Test
    void honoursTheRegularExpressionOfAParameter() {
        assertThat(ResourcePaths.allowed(RESOURCES, "/api/v1/things/2024")).containsExactly("DELETE");
        assertThat(ResourcePaths.allowed(RESOURCES, "/api/v1/things/abcd")).isEmpty();
    }
}
