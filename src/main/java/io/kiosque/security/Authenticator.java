package io.kiosque.security;

import java.lang.reflect.Method;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.kiosque.http.ProblemException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Resolves the bearer token of every request and enforces the operation's declared access: {@link PublicRead}, or
 * {@link RequiresRole} (admin when an operation declares neither, so a forgotten annotation fails closed).
 */
public class Authenticator {

    private static final int MAX_TOKEN_LENGTH = 200;

    private final CallerDirectory callers;
    private final CurrentCaller currentCaller;

    Authenticator(CallerDirectory callers, CurrentCaller currentCaller) {
        this.callers = callers;
        this.currentCaller = currentCaller;
    }

    /**
     * OPTIONS is no declared operation: outside CORS preflights (answered by the CORS filter before this), it is
     * refused like any operation that declares no access, whatever the path: 401 without a valid token, 403 below
     * admin. Otherwise any token would get a 200 where the path's own operations refuse it.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticateOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        String authorization = request.getHeaderString("Authorization");
        // Pre-matching filters run on the I/O thread: the token is looked up on a worker thread.
        return Uni.createFrom().item(() -> callerOf(authorization))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).invoke(caller -> {
                    if (caller.isAnonymous()) {
                        throw unauthorized("OPTIONS needs a bearer token (Authorization: Bearer <token>).");
                    }
                    if (!caller.has(Role.ADMIN)) {
                        throw forbidden(Role.ADMIN, caller);
                    }
                }).replaceWithVoid();
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Caller caller = callerOf(request.getHeaderString("Authorization"));
        if (!method.isAnnotationPresent(PublicRead.class)) {
            RequiresRole requires = method.getAnnotation(RequiresRole.class);
            Role required = requires == null ? Role.ADMIN : requires.value();
            if (caller.isAnonymous()) {
                throw unauthorized("This operation needs a bearer token (Authorization: Bearer <token>).");
            }
            if (!caller.has(required)) {
                throw forbidden(required, caller);
            }
        }
        currentCaller.set(caller);
    }

    private Caller callerOf(String authorization) {
        if (authorization == null) {
            return Caller.ANONYMOUS;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("Only bearer tokens are accepted (Authorization: Bearer <token>).");
        }
        String secret = authorization.substring(7).trim();
        if (secret.isEmpty() || secret.length() > MAX_TOKEN_LENGTH) {
            throw unauthorized("The bearer token is invalid or revoked.");
        }
        return callers.callerFor(secret).orElseThrow(() -> unauthorized("The bearer token is invalid or revoked."));
    }

    private static ProblemException forbidden(Role required, Caller caller) {
        return new ProblemException(403, "forbidden", "Forbidden", "This operation needs the " + required.wireName()
                + " role; this token has the " + caller.role().wireName() + " role.", null);
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null);
    }
}
