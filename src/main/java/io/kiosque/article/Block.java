package io.kiosque.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One typed block of an article body. Text is plain text: clients render it escaped, so no HTML ever travels in a body.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true)
@JsonSubTypes({@JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Image.class, name = "image"),
        @JsonSubTypes.Type(value = Block.Quote.class, name = "quote")})
@Schema(name = "Block", description = "A typed body block, discriminated by `type`.", oneOf = {Block.Heading.class,
        Block.Paragraph.class, Block.Image.class,
        Block.Quote.class}, discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "heading", schema = Block.Heading.class),
                @DiscriminatorMapping(value = "paragraph", schema = Block.Paragraph.class),
                @DiscriminatorMapping(value = "image", schema = Block.Image.class),
                @DiscriminatorMapping(value = "quote", schema = Block.Quote.class)})
public sealed interface Block {

    /** The words a reader reads in this block, for word counts and search. */
    String readableText();

    @Schema(name = "HeadingBlock", description = "A subheading.")
    record Heading(@Schema(required = true, enumeration = "heading") String type,
            @Schema(required = true, maxLength = 300,
                    examples = "Un partenariat militaire en pleine expansion") @NotBlank @Size(max = 300) String text)
            implements
                Block {
        public Heading(String text) {
            this("heading", text);
        }

        @Override
        public String readableText() {
            return text;
        }
    }

    @Schema(name = "ParagraphBlock", description = "A paragraph of plain text.")
    record Paragraph(@Schema(required = true, enumeration = "paragraph") String type,
            @Schema(required = true, maxLength = 20000,
                    examples = "Cette alliance se concrétise par des actions tangibles sur le "
                            + "terrain.") @NotBlank @Size(max = 20000) String text)
            implements
                Block {
        public Paragraph(String text) {
            this("paragraph", text);
        }

        @Override
        public String readableText() {
            return text;
        }
    }

    @Schema(name = "ImageBlock", description = "An image with its caption and credit.")
    record Image(@Schema(required = true, enumeration = "image") String type,
            @Schema(required = true, maxLength = 2000, pattern = LeadImage.URL_PATTERN,
                    examples = "https://images.kiosque.example/2025/kim-lavrov.jpg") @NotBlank @Size(
                            max = 2000) @Pattern(regexp = LeadImage.URL_PATTERN,
                                    message = "must be an http or https URL") String url,
            @Schema(nullable = true, maxLength = 1000,
                    examples = "Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang") @Size(
                            max = 1000) String caption,
            @Schema(nullable = true, maxLength = 300, examples = "KCNA") @Size(max = 300) String credit,
            @Schema(nullable = true, maxLength = 1000,
                    examples = "Kim Jong-un serre la main de Sergueï Lavrov") @Size(max = 1000) String alt)
            implements
                Block {
        public Image(String url, String caption, String credit, String alt) {
            this("image", url, caption, credit, alt);
        }

        @Override
        public String readableText() {
            return caption == null ? "" : caption;
        }
    }

    @Schema(name = "QuoteBlock", description = "A quotation and who said it.")
    record Quote(@Schema(required = true, enumeration = "quote") String type,
            @Schema(required = true, maxLength = 5000,
                    examples = "confiance et chaleureuse camaraderie") @NotBlank @Size(max = 5000) String text,
            @Schema(nullable = true, maxLength = 300, examples = "Agence KCNA") @Size(max = 300) String attribution)
            implements
                Block {
        public Quote(String text, String attribution) {
            this("quote", text, attribution);
        }

        @Override
        public String readableText() {
            return text;
        }
    }
}
