package io.kiosque.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.kiosque.support.Sql;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What an operator relies on: health that checks the database, Prometheus metrics, request ids. */
@QuarkusTest
class OperationsTest {

    @Inject
    Sql sql;
    @Inject
    Scheduler scheduler;

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
                .body(containsString("agroal_active_count")).body(containsString("kiosque_cache_requests_total"))
                .body(containsString("kiosque_webhooks_backlog "))
                .body(containsString("kiosque_webhooks_overdue_seconds "))
                .body(containsString("kiosque_webhooks_failed "));
    }

    @Test
    void theOutboxHealthCheckGoesDownWhenDueDeliveriesWaitForNoDispatcher() throws Exception {
        given().get("/q/health/well").then().statusCode(200).body("checks.find { it.name == 'Webhook outbox' }.status",
                equalTo("UP"));
        String webhook = Api.as(Api.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("article.published"),
                        "secret", "a-secret-of-at-least-sixteen-characters"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        // No dispatcher runs: a delivery due ten minutes ago stays where it is, as when every instance is stuck.
        scheduler.pause();
        try {
            sql.execute("insert into webhook_delivery (id, webhook_id, event, payload, status, attempts, created_at, "
                    + "next_attempt_at) values (gen_random_uuid(), '" + webhook + "', 'article.published', '{}', "
                    + "'pending', 0, now() - interval '10 minutes', now() - interval '10 minutes')");
            Thread.sleep(1100); // the counts are read again after kiosque.webhooks.health.refresh (1 s in tests)
            given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'Webhook outbox' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Webhook outbox' }.data.overdueSeconds",
                            greaterThanOrEqualTo(600));
            given().get("/q/health").then().statusCode(503);
            // Reads go on: a stalled outbox never takes the instance out of the load balancer.
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            sql.execute("delete from webhook where id = '" + webhook + "'");
            scheduler.resume();
        }
        Thread.sleep(1100);
        given().get("/q/health/well").then().statusCode(200);
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().header("X-Request-Id", "redaction-42").get("/api/v1/tags").then()
                .header("X-Request-Id", equalTo("redaction-42"));
        given().header("X-Request-Id", "<script>").get("/nowhere").then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
