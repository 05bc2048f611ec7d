package io.kiosque.http;

import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every error, the framework's own included, is an RFC 9457 problem document that leaks nothing internal. */
@QuarkusTest
class ProblemDocumentTest {

    @Test
    void frameworkErrorsAreProblemDocuments() {
        problem(given().get("/nowhere"), 404);
        problem(given().get("/api/v1/nothing-here"), 404);
        problem(given().delete("/api/v1/tags"), 405);
        problem(given().header("Accept", "application/xml").get("/api/v1/articles"), 406);
        problem(as(Api.editor()).contentType("application/xml").body("<article/>").post("/api/v1/articles"), 415);
        problem(as(Api.editor()).contentType("application/json").body("{not json").post("/api/v1/articles"), 400);
        problem(given().get("/api/v1/articles?limit=-1"), 400);
        problem(given().get("/api/v1/articles/%00"), 404);
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json")
                .body("type", notNullValue()).body("title", notNullValue()).body("status", equalTo(status))
                .body("detail", notNullValue())
                .body(allOf(not(containsString("Exception")), not(containsString("io.kiosque")),
                        not(containsString("java.")), not(containsString("select ")), not(containsString("\tat "))));
    }
}
