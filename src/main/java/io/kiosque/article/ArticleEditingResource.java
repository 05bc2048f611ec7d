package io.kiosque.article;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.content.MergePatch;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Problems;
import io.kiosque.security.CurrentCaller;
import io.kiosque.security.Role;

/** The editorial side of articles: writes, workflow and revisions. Every operation needs a token. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@SecurityRequirement(name = "bearer")
public class ArticleEditingResource {

    static final String IF_MATCH = "The ETag of the version you read (from GET).";
    static final String REQUEST_EXAMPLE = """
            {"headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "standfirst":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une \
            rencontre avec Sergueï Lavrov.",\
            "body":[{"type":"heading","text":"Un rapprochement diplomatique significatif entre Pyongyang et Moscou"},\
            {"type":"paragraph","text":"Dans un développement majeur des relations internationales, Kim Jong-un a \
            officiellement exprimé son soutien 'inconditionnel' à la Russie."}],\
            "leadImage":{"caption":"Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang"},\
            "language":"fr","section":"international","authors":["marline-contrasty"],\
            "tags":["kim-jong-un","serguei-lavrov","coree-du-nord","russie","ukraine","kcna","union-europeenne"]}""";

    private final ArticleService service;
    private final ArticleWorkflow workflow;
    private final ArticleRevisions history;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;

    ArticleEditingResource(ArticleService service, ArticleWorkflow workflow, ArticleRevisions history,
            CurrentCaller caller, ObjectMapper mapper) {
        this.service = service;
        this.workflow = workflow;
        this.history = history;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "createArticle", summary = "Draft an article",
            description = "Creates a draft. The slug is generated from the headline unless given; related resources "
                    + "are named by slug or id.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleRequest.class),
                    examples = @ExampleObject(name = "seed", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public RestResponse<ArticleView> create(@Valid @NotNull ArticleRequest request) {
        ArticleView created = service.create(request, caller.get());
        return RestResponse.ResponseBuilder.<ArticleView>created(URI.create("/api/v1/articles/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "replaceArticle", summary = "Replace an article's content",
            description = "Full replace: absent optional fields become empty. Contributors may replace only their own "
                    + "drafts. A new slug keeps the old one as a redirect.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleRequest.class),
                    examples = @ExampleObject(name = "seed", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The article after the change, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public ArticleView replace(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ArticleRequest request) {
        return service.replace(idOrSlug, request, ifMatch, caller.get());
    }

    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "patchArticle", summary = "Change some fields of an article",
            description = "JSON Merge Patch (RFC 7396) over the fields of ArticleRequest: members present are "
                    + "replaced, `null` clears.")
    @RequestBody(required = true,
            content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(implementation = ArticleRequest.Patch.class),
                    examples = @ExampleObject(name = "headline",
                            value = "{\"headline\":\"La Corée du Nord scelle son alliance stratégique avec Moscou\"}")))
    @APIResponse(responseCode = "200", description = "The article after the change, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    public ArticleView patch(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) throws JsonProcessingException {
        return service.patch(idOrSlug, patch, ifMatch, caller.get());
    }

    @DELETE
    @Path("/{idOrSlug}")
    @RolesAllowed(Role.Names.EDITOR)
    @Operation(operationId = "deleteArticle", summary = "Delete an article",
            description = "Deletes it and its revisions; the change feed keeps a tombstone.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        service.delete(idOrSlug, ifMatch, caller.get());
    }

    @POST
    @Path("/{idOrSlug}/publish")
    @RolesAllowed(Role.Names.EDITOR)
    @Operation(operationId = "publishArticle", summary = "Publish or schedule an article",
            description = "Without a body, or with `at` in the past, publishes now. With `at` in the future, "
                    + "schedules: the article publishes itself then, exactly once. `publishedAt` is when the current "
                    + "publication went live; `firstPublishedAt` is set at the first publication and never changes.")
    @RequestBody(required = false,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublishRequest.class),
                    examples = @ExampleObject(name = "schedule", value = "{\"at\":\"2025-06-20T06:00:00+02:00\"}")))
    @APIResponse(responseCode = "200", description = "The article, published or scheduled.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "409", description = "Already published.")
    public ArticleView publish(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "Optional: " + IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Content-Type") String contentType, String body) throws JsonProcessingException {
        // The body is optional, so it is read by hand: without one, any or no Content-Type is fine.
        Instant at = null;
        if (body != null && !body.isBlank()) {
            if (contentType == null || !contentType.startsWith(MediaType.APPLICATION_JSON)) {
                throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                        "Send the publication time as application/json.", null);
            }
            PublishRequest request = mapper.readValue(body, PublishRequest.class);
            if (request == null) {
                throw ProblemException.badRequest("The body must be a JSON object, or absent.", null);
            }
            at = request.at();
        }
        return workflow.publish(idOrSlug, at, ifMatch, caller.get());
    }

    @POST
    @Path("/{idOrSlug}/unpublish")
    @RolesAllowed(Role.Names.EDITOR)
    @Operation(operationId = "unpublishArticle", summary = "Unpublish an article",
            description = "A published or scheduled article goes back to draft; readers no longer see it.")
    @APIResponse(responseCode = "200", description = "The article, now a draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "409", description = "Not published or scheduled.")
    public ArticleView unpublish(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "Optional: " + IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return workflow.unpublish(idOrSlug, ifMatch, caller.get());
    }

    @POST
    @Path("/{idOrSlug}/archive")
    @RolesAllowed(Role.Names.EDITOR)
    @Operation(operationId = "archiveArticle", summary = "Archive an article",
            description = "Takes it off the public site, keeping its publication dates.")
    @APIResponse(responseCode = "200", description = "The article, archived.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "409", description = "Already archived.")
    public ArticleView archive(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "Optional: " + IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return workflow.archive(idOrSlug, ifMatch, caller.get());
    }

    @GET
    @Path("/{idOrSlug}/revisions")
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "listArticleRevisions", summary = "List an article's revisions",
            description = "Every change, newest first: who, when, what kind.")
    @APIResponse(responseCode = "200", description = "The revisions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class),
            examples = @ExampleObject(name = "seed",
                    value = "{\"items\":[{\"number\":2,\"action\":\"published\",\"createdAt\":\"2025-06-19T08:00:00Z\","
                            + "\"actorName\":\"Desk politique\",\"actorRole\":\"editor\"},{\"number\":1,"
                            + "\"action\":\"created\",\"createdAt\":\"2025-06-19T07:30:00Z\",\"actorName\":\"Marline "
                            + "Contrasty (CMS)\",\"actorRole\":\"contributor\"}],\"nextCursor\":null}")))
    public Page<RevisionSummary> revisions(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug) {
        List<RevisionSummary> revisions = history.revisions(idOrSlug, caller.get());
        return new Page<>(revisions, null);
    }

    @GET
    @Path("/{idOrSlug}/revisions/{number}")
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "getArticleRevision", summary = "Read one revision",
            description = "The article exactly as it was after that change.")
    @APIResponse(responseCode = "200", description = "The revision and the article's state after it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RevisionView.class),
                    examples = @ExampleObject(name = "seed",
                            value = "{\"revision\":{\"number\":1,\"action\":\"created\","
                                    + "\"createdAt\":\"2025-06-19T07:30:00Z\",\"actorName\":\"Marline Contrasty "
                                    + "(CMS)\",\"actorRole\":\"contributor\"},\"article\":"
                                    + ArticleExamples.ARTICLE + "}")))
    public RevisionView revision(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "Revision number, from 1.", example = "1") @PathParam("number") String number) {
        return history.revision(idOrSlug, revisionNumber(number), caller.get());
    }

    @GET
    @Path("/{idOrSlug}/revisions/{number}/comparison")
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "compareArticleRevisions", summary = "Compare two revisions",
            description = "The fields that differ between revision `against` (older, by default the one before) and "
                    + "this one.")
    @APIResponse(responseCode = "200", description = "The differences.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionComparison.class),
            examples = @ExampleObject(name = "headline",
                    value = "{\"from\":1,\"to\":2,\"changes\":[{\"field\":\"headline\",\"before\":\"La Corée du Nord "
                            + "affirme son alliance avec Moscou\",\"after\":\"La Corée du Nord affirme son alliance "
                            + "stratégique avec Moscou dans le conflit ukrainien\"}]}")))
    public RevisionComparison compare(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "Revision number, from 1.", example = "2") @PathParam("number") String number,
            @Parameter(description = "The revision to compare with; the previous one by default.", example = "1")
            @QueryParam("against") String against) {
        int to = revisionNumber(number);
        int from = against == null ? to - 1 : revisionNumberParameter(against);
        return history.compare(idOrSlug, from, to, caller.get());
    }

    @POST
    @Path("/{idOrSlug}/revisions/{number}/restore")
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "restoreArticleRevision", summary = "Restore a revision",
            description = "Puts the content of that revision back (status unchanged), as a new revision. Needs "
                    + "If-Match like any edit.")
    @APIResponse(responseCode = "200", description = "The article after the restore.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleView.class),
                    examples = @ExampleObject(name = "seed", value = ArticleExamples.ARTICLE)))
    @APIResponse(responseCode = "428", description = "If-Match is required.")
    public ArticleView restore(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "Revision number, from 1.", example = "1") @PathParam("number") String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return history.restore(idOrSlug, revisionNumber(number), ifMatch, caller.get());
    }

    /** A revision number in the path: anything else names no revision (404). */
    private static int revisionNumber(String raw) {
        return parseRevisionNumber(raw).orElseThrow(() -> ProblemException
                .notFound("No revision numbered '" + Problems.abbreviate(raw, 100) + "'."));
    }

    /** A revision number in a query parameter: anything else is a malformed parameter (400). */
    private static int revisionNumberParameter(String raw) {
        return parseRevisionNumber(raw).orElseThrow(
                () -> ProblemException.invalidParameter("against", "must be a revision number, from 1"));
    }

    private static OptionalInt parseRevisionNumber(String raw) {
        try {
            int number = Integer.parseInt(raw);
            return number >= 1 ? OptionalInt.of(number) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
