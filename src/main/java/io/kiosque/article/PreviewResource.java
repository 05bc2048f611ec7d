package io.kiosque.article;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.kiosque.security.CurrentCaller;
import io.kiosque.security.Role;

@Path("/api/v1/articles/{idOrSlug}/preview-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@SecurityRequirement(name = "bearer")
public class PreviewResource {

    private static final String ARTICLE = "Article id or slug.";
    private static final String SEED = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
            + "ukrainien";

    private final Previews previews;
    private final CurrentCaller caller;

    PreviewResource(Previews previews, CurrentCaller caller) {
        this.previews = previews;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "createPreviewLink", summary = "Make a preview link",
            description = "A link that shows the article's current state, draft included, to anyone who has it, "
                    + "without an account: `GET /api/v1/articles/{id}?preview={token}`. It unlocks that one article "
                    + "only, expires after `kiosque.preview.ttl` (one hour by default), can be revoked, and is never "
                    + "cached publicly. Editors may preview any article, contributors their own drafts.")
    @APIResponse(responseCode = "201",
            description = "The link; its secret is shown this once. `Location` is the preview URL.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreviewLink.class),
                    examples = @ExampleObject(name = "seed", value = PreviewExamples.PREVIEW_LINK)))
    public RestResponse<PreviewLink> create(
            @Parameter(description = ARTICLE, example = SEED) @PathParam("idOrSlug") String idOrSlug,
            UriInfo uriInfo) {
        PreviewLink link = previews.issue(idOrSlug, caller.get(), uriInfo.getBaseUri());
        return RestResponse.ResponseBuilder.<PreviewLink>created(URI.create(link.url())).entity(link).build();
    }

    @DELETE
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "revokePreviewLinks", summary = "Revoke an article's preview links",
            description = "Every preview link made for the article answers 403 from now on. Same rights as making one.")
    @APIResponse(responseCode = "204", description = "Revoked (also when there was none).")
    public void revoke(@Parameter(description = ARTICLE, example = SEED) @PathParam("idOrSlug") String idOrSlug) {
        previews.revokeAll(idOrSlug, caller.get());
    }
}
