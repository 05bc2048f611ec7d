package io.kiosque.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** HTTP helpers for tests that act as a newsroom: tokens by role, and content created through the API. */
public final class Api {

    /** The bootstrap admin token of the test profile (application.properties). */
    public static final String ADMIN = "kiosque-test-admin-token-0123456789abcdef";

    private Api() {
    }

    /**
     * A request with this token. Bodies are UTF-8, as our clients send them: RestAssured would otherwise encode unknown
     * content types (application/merge-patch+json) as ISO-8859-1.
     */
    public static RequestSpecification as(String token) {
        return given().config(RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token);
    }

    /** A new token with this role, optionally writing as an author (slug). */
    public static String token(String role, String author) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", TestContent.unique(role));
        body.put("role", role);
        if (author != null) {
            body.put("author", author);
        }
        return as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/tokens").then().statusCode(201)
                .extract().path("token");
    }

    public static String editor() {
        return token("editor", null);
    }

    public static String contributor() {
        return token("contributor", null);
    }

    /** Creates a draft article through the API as this token; returns its id. */
    public static String draft(String token, String headline, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("headline", headline);
        body.put("standfirst", "Chapô : " + headline);
        body.put("body", List.of(Map.of("type", "paragraph", "text", "Premier paragraphe de « " + headline + " ».")));
        body.put("tags", tags);
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/articles").then().statusCode(201)
                .extract().path("id");
    }

    public static String etag(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }
}
