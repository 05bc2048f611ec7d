package io.kiosque.http;

import java.net.URI;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * HTTP side of keyset pagination: the page as JSON and its next page in a {@code Link} header.
 */
public final class Pages {

    private Pages() {
    }

    public static <T> RestResponse<Page<T>> response(Page<T> page, UriInfo uriInfo) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(page);
        if (page.nextCursor() != null) {
            URI next = uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return response.build();
    }
}
