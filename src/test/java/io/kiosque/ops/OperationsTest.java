package io.kiosque.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an operator relies on: health that checks the database, Prometheus metrics, request ids. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void prometheusMetricsCoverHttpPoolAndCache() {
        given().get("/api/v1/articles").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count")).body(containsString("kiosque_cache_requests_total"));
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().header("X-Request-Id", "redaction-42").get("/api/v1/tags").then()
                .header("X-Request-Id", equalTo("redaction-42"));
        given().header("X-Request-Id", "<script>").get("/nowhere").then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
