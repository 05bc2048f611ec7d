package io.kiosque.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code Authorization: Bearer <token>}: no header is an anonymous caller; any other scheme, or a secret that is empty,
 * too long or unknown ({@link ApiTokenIdentityProvider}), fails authentication, on public operations too.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "Bearer realm=\"kiosque\"";
    static final String ONLY_BEARER = "Only bearer tokens are accepted (Authorization: Bearer <token>).";
    static final String INVALID_TOKEN = "The bearer token is invalid or revoked.";

    private static final String SCHEME = "Bearer";
    private static final int MAX_TOKEN_LENGTH = 200;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviders) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Uni.createFrom().nullItem();
        }
        if (!authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return Uni.createFrom().failure(new AuthenticationFailedException(ONLY_BEARER));
        }
        String secret = authorization.substring(SCHEME.length() + 1).trim();
        if (secret.isEmpty() || secret.length() > MAX_TOKEN_LENGTH) {
            return Uni.createFrom().failure(new AuthenticationFailedException(INVALID_TOKEN));
        }
        return identityProviders.authenticate(new TokenAuthenticationRequest(new TokenCredential(secret, "bearer")));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
