package io.kiosque.author;

import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.kiosque.common.ApiResponses;
import io.kiosque.common.Page;
import io.kiosque.common.Pages;
import io.kiosque.common.Problem;
import io.kiosque.common.ProblemException;
import io.kiosque.common.QueryParameters;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Journalists and their public profiles.")
public class AuthorResource {

    static final String EXAMPLE = """
            {"id":"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12","slug":"marline-contrasty","name":"Marline Contrasty",\
            "bio":"Journaliste politique, défend une ligne libérale et humaniste.","jobTitle":"Journaliste politique",\
            "avatarUrl":null,"links":[],"version":1}""";

    private final AuthorService service;

    AuthorResource(AuthorService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors", description = "In slug order.")
    @APIResponse(responseCode = "200", description = "One page of authors.", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "seed", value = "{\"items\":["
            + EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public RestResponse<Page<AuthorView>> list(
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.") @QueryParam("cursor") String cursor,
            UriInfo uriInfo) {
        return Pages.response(service.list(QueryParameters.limit(limit), cursor), uriInfo);
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(operationId = "getAuthor", summary = "Read an author", description = "By id or by slug.")
    @APIResponse(responseCode = "200", description = "The author.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorView.class), examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No author has this id or slug.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public AuthorView get(
            @Parameter(description = "Author id (UUID) or slug.", example = "marline-contrasty") @PathParam("idOrSlug") String idOrSlug) {
        return service.find(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("No author has the id or slug '" + idOrSlug + "'."));
    }
}
