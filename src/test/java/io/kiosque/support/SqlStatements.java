package io.kiosque.support;

import static io.restassured.RestAssured.given;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;

import io.kiosque.caching.ContentClock;
import io.kiosque.caching.ResponseCache;
import io.quarkus.scheduler.Scheduler;

/** Counts the SQL statements one anonymous request costs, with nothing else running and no cache in front. */
@ApplicationScoped
public class SqlStatements {

    @Inject
    SessionFactory sessionFactory;
    @Inject
    Scheduler scheduler;
    @Inject
    ResponseCache cache;
    @Inject
    ContentClock clock;

    public long of(String pathAndQuery) {
        scheduler.pause();
        try {
            // A job that had already started before the pause finishes first.
            Thread.sleep(200);
            cache.clear();
            // The content clock is read at most once per cache ttl: read it now, so it is not counted below.
            clock.lastChange();
            sessionFactory.getStatistics().clear();
            given().urlEncodingEnabled(false).get(pathAndQuery).then().statusCode(200);
            return sessionFactory.getStatistics().getPrepareStatementCount();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            scheduler.resume();
        }
    }
}
