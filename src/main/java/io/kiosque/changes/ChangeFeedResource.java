package io.kiosque.changes;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.kiosque.http.ApiResponses;
import io.kiosque.http.Problem;
import io.kiosque.http.QueryParameters;
import io.kiosque.security.Caller;
import io.kiosque.security.CurrentCaller;
import io.kiosque.security.Role;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes",
        description = "The change feed: every change to every resource, in commit order, for incremental sync.")
// Anonymous readers see public changes; an editor's token shows every change: the token is optional.
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
public class ChangeFeedResource {

    /**
     * A page a CDN may keep: full pages never change (later changes always come after them); the tail of the feed is
     * cached briefly, so pollers see new changes within seconds.
     */
    static final String TAIL_CACHE_CONTROL = "public, max-age=5";

    private final ChangeFeed feed;
    private final CurrentCaller currentCaller;

    ChangeFeedResource(ChangeFeed feed, CurrentCaller currentCaller) {
        this.feed = feed;
        this.currentCaller = currentCaller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listChanges", summary = "Follow the change feed", description = """
            Every change to articles, sections, authors and tags, oldest first, in the order their transactions \
            committed; a deletion is a tombstone (id, type, last slug). Start without `cursor`, then always pass the \
            `nextCursor` of the previous page: it is present even at the end of the feed, so store it and poll again \
            later. A client that does so never misses nor repeats a change, whatever writers run concurrently: a \
            change appears as soon as its write has committed, after every change committed before it.

            Anonymous callers see the changes to what they can read: sections, authors, tags, published articles, \
            and the withdrawal of a published article (unpublished, archived or deleted) as a public fact. Changes \
            to drafts and scheduled articles need an editor's token, with which the feed shows everything. \
            Contributors see the public feed. A cursor works with or without a token.""")
    @APIResponse(responseCode = "200", description = "The changes after the cursor.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangePage.class), examples = {
                            @ExampleObject(name = "seed", summary = "The seed article published, then updated",
                                    value = ChangeExamples.CHANGE_PAGE),
                            @ExampleObject(name = "tombstone", summary = "The seed article deleted",
                                    value = ChangeExamples.TOMBSTONE_PAGE)}))
    @APIResponse(responseCode = "400",
            description = "A parameter is unknown or malformed, or the cursor was not issued by this API.",
            content = @Content(mediaType = ApiResponses.PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limit", value = ApiResponses.BAD_REQUEST_EXAMPLE)))
    public RestResponse<ChangePage> list(
            @Parameter(description = "Opaque position from a previous page's `nextCursor`; omit it to start from the "
                    + "first change.", example = ChangeExamples.CURSOR)
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            UriInfo uriInfo) {
        Caller caller = currentCaller.get();
        ChangePage page = feed.read(cursor, QueryParameters.limit(limit), caller.has(Role.EDITOR));
        RestResponse.ResponseBuilder<ChangePage> response = RestResponse.ResponseBuilder.ok(page);
        if (page.hasMore()) {
            URI next = uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        } else if (caller.isAnonymous()) {
            response.header(HttpHeaders.CACHE_CONTROL, TAIL_CACHE_CONTROL);
        }
        return response.build();
    }
}
