package io.kiosque.syndication;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A schema.org NewsArticle, served as JSON-LD ({@code application/ld+json}); absent values are left out. */
@Schema(name = "NewsArticle",
        description = "schema.org NewsArticle in JSON-LD: what search engines read. URLs point at the public site.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsArticle(
        @JsonProperty("@context") @Schema(required = true, examples = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(required = true, examples = "NewsArticle") String type,
        @JsonProperty("@id") @Schema(required = true, description = "The article's page on the public site.") String id,
        @Schema(required = true) String url, @Schema(required = true) WebPage mainEntityOfPage,
        @Schema(required = true,
                examples = "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit "
                        + "ukrainien") String headline,
        @Schema(description = "The standfirst.") String description, ImageObject image,
        @Schema(description = "When the article was first published.") Instant datePublished,
        @Schema(required = true) Instant dateModified,
        @Schema(required = true, examples = "fr") String inLanguage,
        @Schema(examples = "International") String articleSection,
        @Schema(required = true, examples = "284") int wordCount, @Schema(required = true) List<Thing> author,
        @Schema(required = true) Thing publisher,
        @Schema(description = "The tagged entities the headline or standfirst names (all tags when they name "
                + "none).") List<Thing> about,
        @Schema(description = "The other tagged entities.") List<Thing> mentions,
        @Schema(required = true, description = "The article's Kiosque id.") String identifier) {

    @Schema(name = "JsonLdWebPage")
    public record WebPage(@JsonProperty("@type") @Schema(required = true, examples = "WebPage") String type,
            @JsonProperty("@id") @Schema(required = true) String id) {
    }

    @Schema(name = "JsonLdImageObject")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImageObject(@JsonProperty("@type") @Schema(required = true, examples = "ImageObject") String type,
            @Schema(required = true) String url, String caption, String creditText) {

        ImageObject(String url, String caption, String creditText) {
            this("ImageObject", url, caption, creditText);
        }
    }

    /** A person, country or organisation. */
    @Schema(name = "JsonLdThing")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Thing(
            @JsonProperty("@type") @Schema(required = true, enumeration = {
                    "Person", "Country",
                    "Organization"}) String type,
            @Schema(required = true, examples = "Corée du Nord") String name, String url,
            @Schema(description = "The entity's Wikidata page, when the tag has a QID.",
                    examples = "https://www.wikidata.org/wiki/Q423") String sameAs,
            @Schema(description = "ISO 3166-1 alpha-2 code, for countries.", examples = "KP") String identifier,
            ImageObject logo) {

        static Thing of(String type, String name, String url) {
            return new Thing(type, name, url, null, null, null);
        }
    }
}
