package io.kiosque.security;

import java.util.UUID;

/** Who is making the request: anonymous, or the holder of a valid token. */
public record Caller(UUID tokenId, String name, Role role, UUID authorId) {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null);

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean has(Role required) {
        return role != null && role.includes(required);
    }
}
