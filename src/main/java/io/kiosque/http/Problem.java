package io.kiosque.http;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document: the body of every 4xx and 5xx response. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI identifying the kind of problem.",
                examples = "https://kiosque.dev/problems/not-found", required = true) String type,
        @Schema(description = "Short summary of the kind of problem.", examples = "Not Found",
                required = true) String title,
        @Schema(description = "HTTP status code.", examples = "404", required = true) int status,
        @Schema(description = "Explanation specific to this occurrence.",
                examples = "No published article has the slug 'la-coree-du-nord'.", required = true) String detail,
        @Schema(description = "The request path the problem occurred on.",
                examples = "/api/v1/articles/la-coree-du-nord") String instance,
        @Schema(description = "Each invalid input, for validation problems.") List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://kiosque.dev/problems/";
}
