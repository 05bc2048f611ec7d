package io.kiosque.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;

/** A token's identity holds its role and every role below it, so that @RolesAllowed names the least role needed. */
class ApiTokenIdentityProviderTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertEquals(Set.of("contributor"), rolesOf(Role.CONTRIBUTOR));
        assertEquals(Set.of("contributor", "editor"), rolesOf(Role.EDITOR));
        assertEquals(Set.of("contributor", "editor", "admin"), rolesOf(Role.ADMIN));
    }

    @Test
    void theIdentityCarriesItsCaller() {
        Caller caller = new Caller(UUID.randomUUID(), "Marline (CMS)", Role.CONTRIBUTOR, UUID.randomUUID());
        SecurityIdentity identity = ApiTokenIdentityProvider.identityOf(caller);
        assertEquals(caller, CurrentCaller.callerOf(identity));
        assertEquals("Marline (CMS)", identity.getPrincipal().getName());
    }

    @Test
    void theNamesOfRolesAllowedAreTheWireNames() {
        assertEquals(Role.CONTRIBUTOR.wireName(), Role.Names.CONTRIBUTOR);
        assertEquals(Role.EDITOR.wireName(), Role.Names.EDITOR);
        assertEquals(Role.ADMIN.wireName(), Role.Names.ADMIN);
    }

    private static Set<String> rolesOf(Role role) {
        return ApiTokenIdentityProvider.identityOf(new Caller(UUID.randomUUID(), "t", role, null)).getRoles();
    }
}
