package io.kiosque.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/** Which failures mean "the database is unavailable" (503 with Retry-After) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void aConnectionLostDuringTheCommitIsUnavailabilityNotABug() {
        // What Narayana and Agroal raise when PostgreSQL stops between the last statement and the commit (faults.py).
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        rollback.addSuppressed(commit);
        assertTrue(ProblemMappers.databaseUnavailable(new ArcUndeclaredThrowableException(rollback)));
    }

    @Test
    void connectionFailuresShutdownsAndPoolTimeoutsAreUnavailability() {
        assertTrue(ProblemMappers.databaseUnavailable(new IllegalStateException(new SQLException("x", "08001"))));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("terminating connection", "57P01")));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLTransientConnectionException("pool")));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("Acquisition timeout while waiting")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("bug")));
        Exception loop = new Exception("self");
        loop.addSuppressed(new IllegalStateException(loop));
        assertFalse(ProblemMappers.databaseUnavailable(loop));
    }
}
