package io.kiosque.author;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.kiosque.content.MergePatch;
import io.kiosque.http.ApiResponses;
import io.kiosque.http.Page;
import io.kiosque.http.Pages;
import io.kiosque.http.Problem;
import io.kiosque.http.QueryParameters;
import io.kiosque.security.Role;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Journalists and their public profiles.")
public class AuthorResource {

    static final String EXAMPLE = """
            {"id":"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12","slug":"marline-contrasty","name":"Marline Contrasty",\
            "bio":"Journaliste politique, défend une ligne libérale et humaniste.","jobTitle":"Journaliste politique",\
            "avatarUrl":null,"links":[],"updatedAt":"2025-06-18T09:00:00Z","version":1}""";

    static final String PATH = "/api/v1/authors";
    static final String REQUEST_EXAMPLE = """
            {"name":"Marline Contrasty","bio":"Journaliste politique, défend une ligne libérale et humaniste.",\
            "jobTitle":"Journaliste politique"}""";

    private final AuthorService service;

    AuthorResource(AuthorService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAuthors", summary = "List authors", description = "In slug order.")
    @APIResponse(responseCode = "200", description = "One page of authors.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorPage.class),
                    examples = @ExampleObject(name = "seed", value = "{\"items\":["
                            + EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public RestResponse<Page<AuthorView>> list(
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.")
            @QueryParam("cursor") String cursor,
            UriInfo uriInfo) {
        return Pages.response(service.list(QueryParameters.limit(limit), cursor), uriInfo);
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Operation(operationId = "getAuthor", summary = "Read an author", description = "By id or by slug.")
    @APIResponse(responseCode = "200", description = "The author.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No author has this id or slug.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public AuthorView get(
            @Parameter(description = "Author id (UUID) or slug.", example = "marline-contrasty")
            @PathParam("idOrSlug") String idOrSlug) {
        return service.find(idOrSlug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createAuthor", summary = "Create an author",
            description = "Editors and admins. The slug is generated from the name unless given.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorRequest.class),
                    examples = @ExampleObject(name = "seed", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public RestResponse<AuthorView> create(@Valid @NotNull AuthorRequest request) {
        AuthorView created = service.create(request);
        return RestResponse.ResponseBuilder.<AuthorView>created(URI.create(PATH + "/" + created.id())).entity(created)
                .build();
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceAuthor", summary = "Replace an author",
            description = "Editors and admins. A new slug keeps the old one as a redirect.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorRequest.class),
                    examples = @ExampleObject(name = "seed", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The author after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public AuthorView replace(
            @Parameter(description = "Author id or slug.", example = "marline-contrasty")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AuthorRequest request) {
        return service.replace(idOrSlug, request, ifMatch);
    }

    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Role.Names.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchAuthor", summary = "Change some fields of an author",
            description = "JSON Merge Patch (RFC 7396) over the fields of AuthorRequest.")
    @RequestBody(required = true,
            content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(implementation = AuthorRequest.Patch.class),
                    examples = @ExampleObject(name = "bio",
                            value = "{\"bio\":\"Journaliste politique, défend une ligne libérale et humaniste.\"}")))
    @APIResponse(responseCode = "200", description = "The author after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public AuthorView patch(
            @Parameter(description = "Author id or slug.", example = "marline-contrasty")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) throws JsonProcessingException {
        return service.patch(idOrSlug, patch, ifMatch);
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed(Role.Names.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteAuthor", summary = "Delete an author",
            description = "Refused (409) while articles sign with it or tokens write as it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Still in use.")
    public void delete(
            @Parameter(description = "Author id or slug.", example = "marline-contrasty")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(idOrSlug, ifMatch);
    }

}
