package io.kiosque.token;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.kiosque.security.Caller;
import io.kiosque.security.CallerDirectory;
import io.kiosque.security.Secrets;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID>, CallerDirectory {

    public Optional<ApiToken> findActiveBySecret(String secret) {
        return find("secretHash = ?1 and revokedAt is null", Secrets.hash(secret)).firstResultOptional();
    }

    @Override
    public Optional<Caller> callerFor(String secret) {
        return findActiveBySecret(secret).map(token -> new Caller(token.id, token.name, token.role, token.authorId));
    }
}
