package io.kiosque.imports;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.kiosque.auth.CurrentCaller;
import io.kiosque.auth.RequiresRole;
import io.kiosque.auth.Role;
import io.kiosque.common.Representations;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Wire copy in, drafts out.")
@SecurityRequirement(name = "bearer")
public class ImportResource {

    static final String SEED_EXCERPT = """
            La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien
            Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une rencontre avec Sergueï Lavrov.

            Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang
            Un rapprochement diplomatique significatif entre Pyongyang et Moscou
            Dans un développement majeur des relations internationales, Kim Jong-un a officiellement exprimé son soutien 'inconditionnel' à la Russie.
            Marline Contrasty
            Journaliste politique, défend une ligne libérale et humaniste.""";

    private final ImportService imports;
    private final CurrentCaller caller;
    private final Representations representations;

    ImportResource(ImportService imports, CurrentCaller caller, Representations representations) {
        this.imports = imports;
        this.caller = caller;
        this.representations = representations;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.EDITOR)
    @Operation(operationId = "importWireCopy", summary = "Import wire copy as a draft", description = "Plain text laid out like wire copy: the headline on the first line, the standfirst on the next, an optional image caption, then subheadings (short lines that do not end a sentence) and paragraphs, and last the byline (the author's name) and the author's one-line bio. Creates a draft with the author matched by name, or created with that bio; the known tags the text mentions come back in `suggestedTags`, not attached. Editors only, since it may create an author. `ETag` is the draft's, for the next edit.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200000), examples = @ExampleObject(name = "seed", value = SEED_EXCERPT)))
    @APIResponse(responseCode = "201", description = "The draft, with suggested tags.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportedArticle.class)))
    public RestResponse<ImportedArticle> importCopy(String text) {
        ImportedArticle imported = imports.importCopy(text, caller.get());
        return RestResponse.ResponseBuilder
                .<ImportedArticle>created(URI.create("/api/v1/articles/" + imported.article().id()))
                .header(HttpHeaders.ETAG, representations.etag(imported.article())).entity(imported).build();
    }
}
