package io.kiosque.security;

import java.util.Optional;

/** Who a bearer token's secret belongs to: the token feature keeps the tokens, the security layer only asks. */
public interface CallerDirectory {

    /** The caller of a valid, unrevoked token with this secret. */
    Optional<Caller> callerFor(String secret);
}
