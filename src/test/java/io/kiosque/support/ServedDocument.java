package io.kiosque.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The OpenAPI document this server serves, saved for the tools that read it from a file (generators, linters). */
public final class ServedDocument {

    private ServedDocument() {
    }

    /** Saves the JSON document as {@code openapi.json} in this directory, created if needed; returns its path. */
    public static Path saveTo(Path directory) {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.toAbsolutePath().resolve("openapi.json"), document,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
