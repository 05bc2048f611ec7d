package io.kiosque.suggestion;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.kiosque.http.Page;
import io.kiosque.security.Role;

/** Entity detection for editors: which known people, countries and organisations a text mentions. */
@Path("/api/v1/tag-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tag suggestions", description = "The known tags a text mentions, for an editor to confirm.")
@SecurityRequirement(name = "bearer")
public class TagSuggestionResource {

    private final TagSuggestionService suggestions;

    TagSuggestionResource(TagSuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.CONTRIBUTOR)
    @Operation(operationId = "suggestTags", summary = "Suggest tags for a text",
            description = "For text not saved yet: the known tags it mentions, most mentioned first, with the offsets "
                    + "of each mention in the text sent.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "seed",
            value = "{\"text\":\"Selon l'agence d'État KCNA, la rencontre s'est déroulée dans une atmosphère qualifiée "
                    + "de 'confiance'. Un défi pour l'Union européenne.\"}")))
    @APIResponse(responseCode = "200", description = "The suggestions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TagSuggestionPage.class),
                    examples = @ExampleObject(name = "seed", value = "{\"items\":["
                            + SuggestionExamples.SUGGESTION + "],\"nextCursor\":null}")))
    public Page<TagSuggestion> forText(@Valid @NotNull SuggestionRequest request) {
        List<TagSuggestion> found = suggestions.suggest(request.text(), null);
        return new Page<>(found, null);
    }
}
