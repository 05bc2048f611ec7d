package io.kiosque.section;

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

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "Sections of the site (International, Asie...).")
public class SectionResource {

    static final String EXAMPLE = """
            {"id":"5c1d7a0e-8a55-4a8e-bb6a-0f4f3c9d2b11","slug":"international","name":"International",\
            "description":"L'actualité du monde : diplomatie, conflits, élections.","parent":null,"position":1,"version":1}""";

    private final SectionService service;

    SectionResource(SectionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listSections", summary = "List sections", description = "In navigation order: position, then slug.")
    @APIResponse(responseCode = "200", description = "One page of sections.", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "seed", value = "{\"items\":["
            + EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public RestResponse<Page<SectionView>> list(
            @Parameter(description = "Only the children of this section (slug or id).", example = "international") @QueryParam("parent") String parent,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.") @QueryParam("cursor") String cursor,
            UriInfo uriInfo) {
        return Pages.response(
                service.list(QueryParameters.slugOrId("parent", parent), QueryParameters.limit(limit), cursor),
                uriInfo);
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(operationId = "getSection", summary = "Read a section", description = "By id or by slug.")
    @APIResponse(responseCode = "200", description = "The section.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionView.class), examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No section has this id or slug.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public SectionView get(
            @Parameter(description = "Section id (UUID) or slug.", example = "international") @PathParam("idOrSlug") String idOrSlug) {
        return service.find(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("No section has the id or slug '" + idOrSlug + "'."));
    }
}
