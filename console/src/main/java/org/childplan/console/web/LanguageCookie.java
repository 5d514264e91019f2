package org.childplan.console.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** ?lang=en or ?lang=zh on any page keeps that choice in a cookie for the pages after it. */
public class LanguageCookie {

    @ServerResponseFilter
    public void remember(HttpServerRequest request, ContainerResponseContext response) {
        String asked = request.getParam("lang");
        if ("en".equals(asked) || "zh".equals(asked)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Page.LANG_COOKIE + "=" + asked
                    + "; Path=/; Max-Age=31536000; SameSite=Lax" + (request.isSSL() ? "; Secure" : ""));
        }
    }
}
