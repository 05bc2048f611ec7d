package io.kiosque.auth;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    public Optional<ApiToken> findActiveBySecret(String secret) {
        return find("secretHash = ?1 and revokedAt is null", Secrets.hash(secret)).firstResultOptional();
    }
}
