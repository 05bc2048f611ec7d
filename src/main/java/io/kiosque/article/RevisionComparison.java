package io.kiosque.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "RevisionComparison", description = "The fields that differ between two revisions.")
public record RevisionComparison(
        @Schema(required = true, examples = "2") int from,
        @Schema(required = true, examples = "3") int to,
        @Schema(required = true) List<FieldChange> changes) {

    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(required = true, examples = "headline") String field,
            @Schema(description = "Value in the older revision: any JSON value, null when the field was empty.",
                    implementation = Object.class) JsonNode before,
            @Schema(description = "Value in the newer revision: any JSON value, null when the field is empty.",
                    implementation = Object.class) JsonNode after) {
    }
}
