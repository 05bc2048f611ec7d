package io.kiosque.tag;

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
import io.kiosque.http.ProblemException;
import io.kiosque.http.QueryParameters;
import io.kiosque.security.Role;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Typed entity tags: people, countries, organisations.")
public class TagResource {

    static final String EXAMPLE = """
            {"id":"2a4c6e8f-1b3d-4f5a-9c7e-0d2f4b6a8c13","slug":"coree-du-nord","name":"Corée du Nord",\
            "type":"country",\
            "aliases":["Corée du Nord","République populaire démocratique de Corée","RPDC"],\
            "description":"État d'Asie de l'Est, capitale Pyongyang.","isoCode":"KP","wikidataId":"Q423",\
            "updatedAt":"2025-06-18T09:00:00Z","version":1}""";

    static final String PATH = "/api/v1/tags";
    static final String REQUEST_EXAMPLE = """
            {"name":"Corée du Nord","type":"country","aliases":["République populaire démocratique de Corée","RPDC"],\
            "isoCode":"KP","wikidataId":"Q423"}""";

    private final TagService service;

    TagResource(TagService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listTags", summary = "List tags", description = "In slug order.")
    @APIResponse(responseCode = "200", description = "One page of tags.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class),
                    examples = @ExampleObject(name = "seed", value = "{\"items\":["
                            + EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public RestResponse<Page<TagView>> list(
            @Parameter(description = "Only tags of this type.", schema = @Schema(implementation = TagType.class))
            @QueryParam("tagType") String tagType,
            @Parameter(description = "ISO 3166-1 alpha-2 code of a country.", example = "KP")
            @QueryParam("isoCode") String isoCode,
            @Parameter(description = "Wikidata QID.", example = "Q423") @QueryParam("wikidataId") String wikidataId,
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.")
            @QueryParam("cursor") String cursor,
            UriInfo uriInfo) {
        return Pages.response(service.list(filter(tagType, isoCode, wikidataId), QueryParameters.limit(limit), cursor),
                uriInfo);
    }

    private static TagFilter filter(String type, String isoCode, String wikidataId) {
        TagType tagType = type == null
                ? null
                : TagType.fromWireName(type).orElseThrow(() -> ProblemException.invalidParameter("tagType",
                        "must be one of person, country, organisation"));
        if (isoCode != null && !Identifiers.isIsoCountryCode(isoCode)) {
            throw ProblemException.invalidParameter("isoCode", "must be an ISO 3166-1 alpha-2 country code such as KP");
        }
        if (wikidataId != null && !Identifiers.isWikidataId(wikidataId)) {
            throw ProblemException.invalidParameter("wikidataId", "must be a Wikidata QID such as Q423");
        }
        return new TagFilter(tagType, isoCode, wikidataId);
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Operation(operationId = "getTag", summary = "Read a tag", description = "By id or by slug.")
    @APIResponse(responseCode = "200", description = "The tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No tag has this id or slug.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public TagView get(
            @Parameter(description = "Tag id (UUID) or slug.", example = "coree-du-nord")
            @PathParam("idOrSlug") String idOrSlug) {
        return service.find(idOrSlug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createTag", summary = "Create a tag",
            description = "Editors and admins. The slug is generated from the name unless given.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TagRequest.class),
                    examples = @ExampleObject(name = "seed", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public RestResponse<TagView> create(@Valid @NotNull TagRequest request) {
        TagView created = service.create(request);
        return RestResponse.ResponseBuilder.<TagView>created(URI.create(PATH + "/" + created.id())).entity(created)
                .build();
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceTag", summary = "Replace a tag",
            description = "Editors and admins. A new slug keeps the old one as a redirect.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TagRequest.class),
                    examples = @ExampleObject(name = "seed", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The tag after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public TagView replace(
            @Parameter(description = "Tag id or slug.", example = "coree-du-nord")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull TagRequest request) {
        return service.replace(idOrSlug, request, ifMatch);
    }

    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Role.Names.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchTag", summary = "Change some fields of a tag",
            description = "JSON Merge Patch (RFC 7396) over the fields of TagRequest.")
    @RequestBody(required = true,
            content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(implementation = TagRequest.Patch.class),
                    examples = @ExampleObject(name = "aliases", value = "{\"aliases\":[\"RPDC\"]}")))
    @APIResponse(responseCode = "200", description = "The tag after the change.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class),
                    examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public TagView patch(
            @Parameter(description = "Tag id or slug.", example = "coree-du-nord")
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
    @Operation(operationId = "deleteTag", summary = "Delete a tag",
            description = "Refused (409) while articles carry it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "Still in use.")
    public void delete(
            @Parameter(description = "Tag id or slug.", example = "coree-du-nord")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam("If-Match") String ifMatch) {
        service.delete(idOrSlug, ifMatch);
    }

}
