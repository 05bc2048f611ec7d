package io.kiosque.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.kiosque.http.ProblemException;
import io.kiosque.http.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Quarkus Security's refusals as problem documents: 401 (with {@code WWW-Authenticate}) for an invalid token or none
 * where one is needed, 403 naming the role the operation needs and the one the token has.
 */
public class SecurityProblems {

    private static final String NEEDS_TOKEN = "This operation needs a bearer token (Authorization: Bearer <token>).";

    private final CurrentIdentityAssociation identities;

    SecurityProblems(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapAuthenticationFailed(AuthenticationFailedException e, UriInfo uriInfo) {
        String detail = BearerTokenMechanism.ONLY_BEARER.equals(e.getMessage())
                ? BearerTokenMechanism.ONLY_BEARER
                : BearerTokenMechanism.INVALID_TOKEN;
        return ProblemMappers.response(unauthorized(detail), uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapUnauthorized(UnauthorizedException e, UriInfo uriInfo) {
        return ProblemMappers.response(unauthorized(NEEDS_TOKEN), uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Uni<Response> mapForbidden(ForbiddenException e, UriInfo uriInfo, ResourceInfo resource) {
        Optional<Role> required = leastRole(resource);
        return identities.getDeferredIdentity().map(identity -> {
            Caller caller = CurrentCaller.callerOf(identity);
            if (caller.isAnonymous()) {
                return ProblemMappers.response(unauthorized(NEEDS_TOKEN), uriInfo);
            }
            // An operation that declares no role (deny-unannotated-endpoints) is refused to every token.
            ProblemException refusal = required.isPresent()
                    ? forbidden(required.get(), caller)
                    : new ProblemException(403, "forbidden", "Forbidden", "This operation is open to no token.", null);
            return ProblemMappers.response(refusal, uriInfo);
        });
    }

    static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null);
    }

    static ProblemException forbidden(Role required, Caller caller) {
        return new ProblemException(403, "forbidden", "Forbidden", "This operation needs the " + required.wireName()
                + " role; this token has the " + caller.role().wireName() + " role.", null);
    }

    /** The least of the roles the operation allows (each role includes the ones below it). */
    private static Optional<Role> leastRole(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        return allowed == null
                ? Optional.empty()
                : Arrays.stream(allowed.value()).map(Role::fromWireName).flatMap(Optional::stream).min(Role::compareTo);
    }
}
