package io.kiosque.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a token may do. Each role includes the rights of the ones before it. */
public enum Role {
    /** Drafts articles and edits its own drafts. */
    CONTRIBUTOR,
    /** All articles, publishing, authors and tags. */
    EDITOR,
    /** Everything, plus sections and tokens. */
    ADMIN;

    /** The wire names, as constants for {@code @RolesAllowed}: an identity has its role and every role it includes. */
    public static final class Names {

        public static final String CONTRIBUTOR = "contributor";
        public static final String EDITOR = "editor";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWireName(String value) {
        return Arrays.stream(values()).filter(role -> role.wireName().equals(value)).findFirst();
    }
}
