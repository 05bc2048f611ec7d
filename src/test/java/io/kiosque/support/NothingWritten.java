package io.kiosque.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduler;

/**
 * Proves that requests wrote nothing: a fingerprint of every table a client can change (row counts, and the latest
 * change where a table records one), taken with the background jobs paused so that the scheduler and the webhook
 * dispatcher cannot move it while requests run.
 */
@ApplicationScoped
public class NothingWritten {

    /** Row counts of every client-writable table, plus their latest update or revocation. */
    private static final String FINGERPRINT = """
            select concat_ws(' ',
              'article', (select count(*) || '/' || coalesce(max(updated_at)::text, '-') from article),
              'article_author', (select count(*) from article_author),
              'article_tag', (select count(*) from article_tag),
              'section', (select count(*) || '/' || coalesce(max(updated_at)::text, '-') from section),
              'author', (select count(*) || '/' || coalesce(max(updated_at)::text, '-') from author),
              'tag', (select count(*) || '/' || coalesce(max(updated_at)::text, '-') from tag),
              'api_token', (select count(*) || '/' || count(revoked_at) from api_token),
              'slug_redirect', (select count(*) from slug_redirect),
              'article_revision', (select count(*) from article_revision),
              'content_change', (select count(*) from content_change),
              'article_withdrawal', (select count(*) from article_withdrawal),
              'webhook', (select count(*) from webhook),
              'webhook_delivery', (select count(*) from webhook_delivery),
              'preview_token', (select count(*) || '/' || count(revoked_at) from preview_token))
            """;

    @Inject
    DataSource dataSource;
    @Inject
    Scheduler scheduler;

    /**
     * Runs the requests with the background jobs paused and returns whatever they return; fails if the fingerprint
     * moved.
     */
    public <T> T during(Supplier<T> requests) {
        scheduler.pause();
        try {
            // A job that had already started before the pause finishes first.
            Thread.sleep(300);
            String before = fingerprint();
            T result = requests.get();
            String after = fingerprint();
            if (!before.equals(after)) {
                throw new AssertionError(
                        "the requests wrote to the database:\n before " + before + "\n after  " + after);
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            scheduler.resume();
        }
    }

    public String fingerprint() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(FINGERPRINT)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
