package io.kiosque.section;

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

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "Sections of the site (International, Asie...).")
public class SectionResource {

    static final String EXAMPLE = """
            {"id":"5c1d7a0e-8a55-4a8e-bb6a-0f4f3c9d2b11","slug":"international","name":"International",\
            "description":"L'actualité du monde : diplomatie, conflits, élections.","parent":null,"position":1,\
            "updatedAt":"2025-06-18T09:00:00Z","version":1}""";

    static final String PATH = "/api/v1/sections";
    static final String REQUEST_EXAMPLE = """
            {"name":"International","description":"L'actualité du monde : diplomatie, conflits, élections.",\
            "position":1}""";

    private final SectionService service;

    SectionResource(SectionService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSections", summary = "List sections",
            description = "In navigation order: position, then slug.")
    @APIResponse(responseCode = "200", description = "One page of sections.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionPage.class),
                    examples = @ExampleObject(name = "seed", value = "{\"items\":["
                            + EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public RestResponse<Page<SectionView>> list(
            @Parameter(description = "Only the children of this section (slug or id).", example = "international")
            @QueryParam("parent") String parent,
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.")
            @QueryParam("cursor") String cursor,
            UriInfo uriInfo) {
        return Pages.response(
                service.list(QueryParameters.slugOrId("parent", parent), QueryParameters.limit(limit), cursor),
                uriInfo);
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Operation(operationId = "getSection", summary = "Read a section", description = "By id or by slug.")
    @APIResponse(responseCode = "200", description = "The section.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No section has this id or slug.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public SectionView get(
            @Parameter(description = "Section id (UUID) or slug.", example = "international")
            @PathParam("idOrSlug") String idOrSlug) {
        return service.find(idOrSlug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createSection", summary = "Create a section",
            description = "Admins only. The slug is generated from the name unless given.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionRequest.class),
                    examples = @ExampleObject(name = "seed", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public RestResponse<SectionView> create(@Valid @NotNull SectionRequest request) {
        SectionView created = service.create(request);
        return RestResponse.ResponseBuilder.<SectionView>created(URI.create(PATH + "/" + created.id())).entity(created)
                .build();
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceSection", summary = "Replace a section",
            description = "Admins only. A new slug keeps the old one as a redirect.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionRequest.class),
                    examples = @ExampleObject(name = "seed", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The section after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public SectionView replace(
            @Parameter(description = "Section id or slug.", example = "international")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SectionRequest request) {
        return service.replace(idOrSlug, request, ifMatch);
    }

    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchSection", summary = "Change some fields of a section",
            description = "JSON Merge Patch (RFC 7396) over the fields of SectionRequest.")
    @RequestBody(required = true,
            content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(implementation = SectionRequest.Patch.class),
                    examples = @ExampleObject(name = "position", value = "{\"position\":2}")))
    @APIResponse(responseCode = "200", description = "The section after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SectionView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public SectionView patch(
            @Parameter(description = "Section id or slug.", example = "international")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) throws JsonProcessingException {
        return service.patch(idOrSlug, patch, ifMatch);
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed(Role.Names.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteSection", summary = "Delete a section",
            description = "Refused (409) while articles or subsections use it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Still in use.")
    public void delete(
            @Parameter(description = "Section id or slug.", example = "international")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(idOrSlug, ifMatch);
    }
}
