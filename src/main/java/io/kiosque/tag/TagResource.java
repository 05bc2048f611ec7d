package io.kiosque.tag;

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

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Typed entity tags: people, countries, organisations.")
public class TagResource {

    static final String EXAMPLE = """
            {"id":"2a4c6e8f-1b3d-4f5a-9c7e-0d2f4b6a8c13","slug":"coree-du-nord","name":"Corée du Nord","type":"country",\
            "aliases":["Corée du Nord","République populaire démocratique de Corée","RPDC"],\
            "description":"État d'Asie de l'Est, capitale Pyongyang.","isoCode":"KP","wikidataId":"Q423","version":1}""";

    private final TagService service;

    TagResource(TagService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags", description = "In slug order.")
    @APIResponse(responseCode = "200", description = "One page of tags.", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "seed", value = "{\"items\":["
            + EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "A parameter is unknown or malformed.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public RestResponse<Page<TagView>> list(
            @Parameter(description = "Only tags of this type.", schema = @Schema(enumeration = {"person", "country",
                    "organisation"})) @QueryParam("type") String type,
            @Parameter(description = "ISO 3166-1 alpha-2 code of a country.", example = "KP") @QueryParam("isoCode") String isoCode,
            @Parameter(description = "Wikidata QID.", example = "Q423") @QueryParam("wikidataId") String wikidataId,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from a previous page's `nextCursor`.") @QueryParam("cursor") String cursor,
            UriInfo uriInfo) {
        return Pages.response(service.list(filter(type, isoCode, wikidataId), QueryParameters.limit(limit), cursor),
                uriInfo);
    }

    private static TagFilter filter(String type, String isoCode, String wikidataId) {
        TagType tagType = type == null
                ? null
                : TagType.fromWireName(type).orElseThrow(() -> ProblemException.invalidParameter("type",
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
    @Operation(operationId = "getTag", summary = "Read a tag", description = "By id or by slug.")
    @APIResponse(responseCode = "200", description = "The tag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class), examples = @ExampleObject(name = "seed", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No tag has this id or slug.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = ApiResponses.NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is unknown.", content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public TagView get(
            @Parameter(description = "Tag id (UUID) or slug.", example = "coree-du-nord") @PathParam("idOrSlug") String idOrSlug) {
        return service.find(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("No tag has the id or slug '" + idOrSlug + "'."));
    }
}
