package io.kiosque.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The identity of an API token's secret, looked up through {@link CallerDirectory}: its {@link Caller} as an attribute,
 * and as roles its own and every role it includes, so that {@code @RolesAllowed} names the least role an operation
 * needs.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** The attribute of a {@link SecurityIdentity} that holds its {@link Caller}. */
    static final String CALLER = "io.kiosque.caller";

    private final CallerDirectory callers;

    ApiTokenIdentityProvider(CallerDirectory callers) {
        this.callers = callers;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        return context.runBlocking(() -> callerFor(secret).map(ApiTokenIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException(BearerTokenMechanism.INVALID_TOKEN)));
    }

    /** Runs on a worker thread, outside of the HTTP request's context: the token is read in a context of its own. */
    @ActivateRequestContext
    Optional<Caller> callerFor(String secret) {
        return callers.callerFor(secret);
    }

    static SecurityIdentity identityOf(Caller caller) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.name())).addAttribute(CALLER, caller);
        for (Role role : Role.values()) {
            if (caller.has(role)) {
                identity.addRole(role.wireName());
            }
        }
        return identity.build();
    }
}
