package io.kiosque.token;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.kiosque.http.Page;
import io.kiosque.http.PathIds;
import io.kiosque.security.Role;

@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Bearer tokens of the editorial API (admins only).")
@SecurityRequirement(name = "bearer")
public class TokenResource {

    private static final String CREATED_EXAMPLE = """
            {"id":"4f6c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c","name":"Marline Contrasty (CMS)","role":"contributor",\
            "authorId":"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12","createdAt":"2025-06-19T07:00:00Z",\
            "token":"kq_3q2-7wH1S0Zx0m2bN8rR3Jq9QeWm7c1cF0y5k4pLx2E"}""";

    private final TokenService service;

    TokenResource(TokenService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "createToken", summary = "Create a token",
            description = "The secret is in `token`, shown this once: Kiosque keeps only its hash.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "contributor",
                            value = "{\"name\":\"Marline Contrasty (CMS)\",\"role\":\"contributor\","
                                    + "\"author\":\"marline-contrasty\"}")))
    @APIResponse(responseCode = "201", description = "Created; the secret is in `token`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TokenView.class),
                    examples = @ExampleObject(name = "created", value = CREATED_EXAMPLE)))
    public RestResponse<TokenView> create(@Valid @NotNull TokenRequest request) {
        TokenView created = service.create(request);
        return RestResponse.ResponseBuilder.<TokenView>created(URI.create("/api/v1/tokens/" + created.id()))
                .entity(created).build();
    }

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "listTokens", summary = "List tokens",
            description = "All tokens, oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "The tokens.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenPage.class),
            examples = @ExampleObject(name = "tokens",
                    value = "{\"items\":[{\"id\":\"4f6c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c\",\"name\":\"Marline Contrasty "
                            + "(CMS)\",\"role\":\"contributor\",\"authorId\":\"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12\","
                            + "\"createdAt\":\"2025-06-19T07:00:00Z\"}],\"nextCursor\":null}")))
    public Page<TokenView> list() {
        return new Page<>(service.list(), null);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "revokeToken", summary = "Revoke a token",
            description = "From now on the token is refused (401). Revoking twice is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revoke(
            @Parameter(description = "Token id.", example = "4f6c1a2b-3d4e-4f5a-8b6c-7d8e9f0a1b2c")
            @PathParam("id") String id) {
        service.revoke(PathIds.uuid(id, "token"));
    }
}
