package io.kiosque.imports;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
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

import io.kiosque.http.Representations;
import io.kiosque.security.CurrentCaller;
import io.kiosque.security.Role;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Wire copy in, drafts out.")
@SecurityRequirement(name = "bearer")
public class ImportResource {

    static final String SEED_EXCERPT = """
            La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien
            Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une rencontre avec \
            Sergueï Lavrov.

            Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang
            Un rapprochement diplomatique significatif entre Pyongyang et Moscou
            Dans un développement majeur des relations internationales, Kim Jong-un a officiellement exprimé son \
            soutien 'inconditionnel' à la Russie.
            Marline Contrasty
            Journaliste politique, défend une ligne libérale et humaniste.""";

    static final String IMPORTED_EXAMPLE = """
            {"id":"0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10",\
            "slug":"la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien",\
            "headline":"La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",\
            "standfirst":"Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une \
            rencontre avec Sergueï Lavrov.",\
            "body":[{"type":"heading","text":"Un rapprochement diplomatique significatif entre Pyongyang et Moscou"}],\
            "leadImage":{"url":null,"caption":"Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang",\
            "credit":null,"alt":null},\
            "language":"fr","section":null,"authors":[{"id":"7e3b2a91-1c4d-4f7e-8a2b-6d5c4b3a2f12",\
            "slug":"marline-contrasty",\
            "name":"Marline Contrasty","bio":"Journaliste politique, défend une ligne libérale et humaniste."}],\
            "tags":[],\
            "status":"draft","createdAt":"2025-06-19T07:30:00Z","updatedAt":"2025-06-19T07:30:00Z","publishedAt":null,\
            "firstPublishedAt":null,"wordCount":284,"readingTimeMinutes":2,"seoTitle":null,"seoDescription":null,\
            "version":0,\
            "suggestedTags":[{"tag":{"id":"0840a045-df9e-4a86-815f-2ee7d7368b4e","slug":"union-europeenne",\
            "name":"Union européenne","type":"organisation","isoCode":null,"wikidataId":"Q458"},"mentionCount":1,\
            "mentions":[{"start":1998,"end":2014,"text":"Union européenne"}]}]}""";

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
    @RolesAllowed(Role.Names.EDITOR)
    @Operation(operationId = "importWireCopy", summary = "Import wire copy as a draft",
            description = "Plain text laid out like wire copy: the headline on the first line, the standfirst on the "
                    + "next, an optional image caption, then subheadings (short lines that do not end a sentence) and "
                    + "paragraphs, and last the byline (the author's name) and the author's one-line bio. Creates a "
                    + "draft with the author matched by name, or created with that bio; the known tags the text "
                    + "mentions come back in `suggestedTags`, not attached. Editors only, since it may create an "
                    + "author. `ETag` is the draft's, for the next edit.")
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.TEXT_PLAIN,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            maxLength = 200000),
                    examples = @ExampleObject(name = "seed", value = SEED_EXCERPT)))
    @APIResponse(responseCode = "201", description = "The draft, with suggested tags.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportedArticle.class),
                    examples = @ExampleObject(name = "seed", value = IMPORTED_EXAMPLE)))
    public RestResponse<ImportedArticle> importCopy(String text) {
        ImportedArticle imported = imports.importCopy(text, caller.get());
        return RestResponse.ResponseBuilder
                .<ImportedArticle>created(URI.create("/api/v1/articles/" + imported.article().id()))
                .header(HttpHeaders.ETAG, representations.etag(imported.article())).entity(imported).build();
    }
}
