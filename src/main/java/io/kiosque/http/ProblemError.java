package io.kiosque.http;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid input: a JSON pointer into the request body, or the name of a query or header parameter.
 */
@Schema(name = "ProblemError", description = "One invalid input of a request.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(
        @Schema(description = "JSON pointer (RFC 6901) to the invalid member of the request body.",
                examples = "/headline") String pointer,
        @Schema(description = "Name of the invalid query parameter or header.", examples = "limit") String parameter,
        @Schema(description = "What is wrong with it.", examples = "must be between 1 and 100",
                required = true) String detail) {

    public static ProblemError atPointer(String pointer, String detail) {
        return new ProblemError(pointer, null, detail);
    }

    public static ProblemError atParameter(String parameter, String detail) {
        return new ProblemError(null, parameter, detail);
    }
}
