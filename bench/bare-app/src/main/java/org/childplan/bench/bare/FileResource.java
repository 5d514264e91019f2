package org.childplan.bench.bare;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The paths the benchmarks read from indicator-service, answered from {@link FileRoutes}: the bytes in memory with
 * their Content-Type and ETag, 304 to a matching If-None-Match, 404 for a path without a file. On the event loop
 * ({@code @NonBlocking}): there is nothing to wait for, so this is the cheapest way Quarkus REST serves bytes.
 */
@Path("/api/v1/plans/{plan}")
@NonBlocking
public class FileResource {

    private final FileRoutes routes;

    public FileResource(FileRoutes routes) {
        this.routes = routes;
    }

    @GET
    @Path("catalogue")
    public Response catalogue(@Context UriInfo uri, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(uri, ifNoneMatch);
    }

    @GET
    @Path("indicators/{code}")
    public Response indicator(@Context UriInfo uri, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(uri, ifNoneMatch);
    }

    private Response serve(UriInfo uri, String ifNoneMatch) {
        return routes.route(uri.getPath())
                .map(route -> route.etag().equals(ifNoneMatch)
                        ? Response.notModified().header("ETag", route.etag()).build()
                        : Response.ok(route.body()).header("Content-Type", route.contentType()).header("ETag", route.etag()).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
