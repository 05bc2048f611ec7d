package io.kiosque.security;

import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Writes per token: past the limit, 429 with Retry-After (runs after authentication has named the token). */
public class WriteRateLimit {

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final RateLimits limits;
    private final CurrentCaller caller;

    WriteRateLimit(RateLimits limits, CurrentCaller caller) {
        this.limits = limits;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void limit(ContainerRequestContext request) {
        if (limits.writes().isEmpty() || !WRITES.contains(request.getMethod())) {
            return;
        }
        Caller current = caller.get();
        if (current.tokenId() == null) {
            return;
        }
        long wait = limits.writes().get().take(current.tokenId().toString());
        if (wait > 0) {
            throw tooManyRequests("This token sent too many writes; retry in " + wait + " s.", wait);
        }
    }

    static WebApplicationException tooManyRequests(String detail, long retryAfterSeconds) {
        return new WebApplicationException(detail,
                Response.status(429).header("Retry-After", Long.toString(retryAfterSeconds)).build());
    }
}
