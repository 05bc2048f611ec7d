package io.kiosque.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Authentication is not proactive (health, metrics and the OpenAPI document never look at a token), so that the REST
 * layer asks for it on every request: {@code @RolesAllowed} operations through their security check, and public
 * ({@code @PermitAll}) ones here, so that an invalid token is refused there too rather than read as anonymous.
 */
public class RequestAuthentication {

    private final CurrentIdentityAssociation identities;

    RequestAuthentication(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * OPTIONS is no declared operation: outside CORS preflights (answered by the CORS filter before this), it is
     * refused like an admin operation, whatever the path: 401 without a valid token, 403 below admin. Otherwise any
     * token would get a 200 where the path's own operations refuse it.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticateOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(identity -> {
            Caller caller = CurrentCaller.callerOf(identity);
            if (caller.isAnonymous()) {
                throw SecurityProblems.unauthorized("OPTIONS needs a bearer token (Authorization: Bearer <token>).");
            }
            if (!caller.has(Role.ADMIN)) {
                throw SecurityProblems.forbidden(Role.ADMIN, caller);
            }
        }).replaceWithVoid();
    }

    /** Resolves the identity (and fails on an invalid token) before any other filter or the resource reads it. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate() {
        return identities.getDeferredIdentity().invoke(identities::setIdentity).replaceWithVoid();
    }
}
