package io.kiosque.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of the current request, from its {@link SecurityIdentity} (which {@link RequestAuthentication} has
 * resolved before any resource or filter asks).
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        return callerOf(identity);
    }

    static Caller callerOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        Caller caller = identity.getAttribute(ApiTokenIdentityProvider.CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }
}
