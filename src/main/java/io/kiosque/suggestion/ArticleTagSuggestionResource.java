package io.kiosque.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kiosque.article.ArticleService;
import io.kiosque.article.ArticleText;
import io.kiosque.http.Page;
import io.kiosque.security.CurrentCaller;
import io.kiosque.security.Role;

/** Tag suggestions for a saved article (its own class: the path is more specific than the article resources'). */
@Path("/api/v1/articles/{idOrSlug}/tag-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tag suggestions")
@SecurityRequirement(name = "bearer")
public class ArticleTagSuggestionResource {

    private final TagSuggestionService suggestions;
    private final ArticleService articles;
    private final CurrentCaller caller;

    ArticleTagSuggestionResource(TagSuggestionService suggestions, ArticleService articles, CurrentCaller caller) {
        this.suggestions = suggestions;
        this.articles = articles;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "suggestArticleTags", summary = "Suggest tags for an article",
            description = "The known tags the article's headline, standfirst and body mention (names and aliases; "
                    + "case, accents and French elisions do not matter; whole words only), most mentioned first, "
                    + "leaving out the tags it already has. Offsets are in the text made of the headline, the "
                    + "standfirst and each block, separated by blank lines. Editors may ask for any article, "
                    + "contributors for their own drafts.")
    @APIResponse(responseCode = "200", description = "The suggestions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TagSuggestionPage.class),
                    examples = @ExampleObject(name = "seed", value = "{\"items\":["
                            + SuggestionExamples.SUGGESTION + "],\"nextCursor\":null}")))
    public Page<TagSuggestion> forArticle(
            @Parameter(description = "Article id or slug.",
                    example = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
            @PathParam("idOrSlug") String idOrSlug) {
        ArticleText.ForSuggestions text = articles.textForSuggestions(idOrSlug, caller.get());
        return new Page<>(suggestions.suggest(text.text(), text.tagIds()), null);
    }

}
