package io.kiosque.http;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions become RFC 9457 problem documents. Client errors say what was wrong; server errors say
 * nothing about internals (no class names, stack traces or SQL), and are logged instead.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e, UriInfo uriInfo) {
        return response(e, uriInfo);
    }

    /** The problem document of {@code e}; a 401 says which scheme to authenticate with. */
    public static Response response(ProblemException e, UriInfo uriInfo) {
        Response response = Problems.response(new Problem(Problem.TYPE_BASE + e.type(), e.title(), e.status(),
                e.getMessage(), path(uriInfo), e.errors().isEmpty() ? null : e.errors()));
        if (e.status() == 401) {
            response.getHeaders().putSingle("WWW-Authenticate", "Bearer realm=\"kiosque\"");
        }
        return response;
    }

    /** A former slug: 301 for reads, 308 for writes, which must keep their method and body when they follow it. */
    @ServerExceptionMapper(priority = 1)
    public Response movedPermanently(MovedPermanently e, UriInfo uriInfo, Request request) {
        String query = uriInfo.getRequestUri().getRawQuery();
        String path = e.location(uriInfo.getRequestUri().getRawPath());
        String location = query == null ? path : path + "?" + query;
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        return Response.status(read ? 301 : 308).header("Location", location)
                .header("Cache-Control", "public, max-age=86400").build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, UriInfo uriInfo) {
        int status = e.getResponse().getStatus();
        // The JSON reader wraps some parser failures: say which limit or member was at fault.
        if (e.getCause() instanceof JsonProcessingException json && status == 400) {
            return invalidBody(json, uriInfo);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response problem = Problems.response(Problems.forStatus(status, detailFor(status, e), path(uriInfo)));
        // Keep the framework's protocol headers (Allow on 405, WWW-Authenticate on 401,
        // Retry-After on 429/503).
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (String header : List.of("Allow", "WWW-Authenticate", "Retry-After", "Location")) {
            Object value = e.getResponse().getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }

    // Quarkus ships its own mappers for the Jackson subclasses below; ours must be at least as specific to win.
    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uriInfo) {
        return invalidBody(e, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uriInfo) {
        return invalidBody(e, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidTypeId(InvalidTypeIdException e, UriInfo uriInfo) {
        return invalidBody(e, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uriInfo) {
        return invalidBody(e, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException e, UriInfo uriInfo) {
        return invalidBody(e, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonParse(JsonParseException e, UriInfo uriInfo) {
        return invalidBody(e, uriInfo);
    }

    /** A concurrent write got in first despite the row lock (defence in depth): same answer as a stale If-Match. */
    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e, UriInfo uriInfo) {
        return Problems.response(new Problem(Problem.TYPE_BASE + "precondition-failed", "Precondition Failed", 412,
                "The resource changed while your request was being applied. Read it again and retry.", path(uriInfo),
                null));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidBody(JsonProcessingException e, UriInfo uriInfo) {
        List<ProblemError> errors = new ArrayList<>();
        String detail;
        StreamConstraintsException limit = parserLimit(e);
        if (limit != null) {
            // Jackson names the setting in backquotes: keep the numbers, drop the Java.
            String what = String.valueOf(limit.getOriginalMessage()).replaceAll(", from `[^`]*`", "");
            detail = "The request body exceeds a limit of the JSON parser: " + what + ".";
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                errors.add(ProblemError.atPointer(pointer(mapping), what));
            }
        } else if (e instanceof InvalidTypeIdException invalidType) {
            detail = "Unknown type '" + invalidType.getTypeId() + "' at " + pointer(invalidType) + ".";
            errors.add(ProblemError.atPointer(pointer(invalidType), "unknown type; see the documented block types"));
        } else if (e instanceof UnrecognizedPropertyException unrecognized) {
            detail = "Unknown property '" + unrecognized.getPropertyName() + "'.";
            errors.add(ProblemError.atPointer(pointer(unrecognized), "unknown property"));
        } else if (e instanceof InvalidFormatException invalidFormat) {
            detail = "Invalid value at " + pointer(invalidFormat) + ".";
            errors.add(ProblemError.atPointer(pointer(invalidFormat), "invalid value"));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "Invalid value at " + pointer(mapping) + ": " + cleanMessage(mapping.getOriginalMessage());
            errors.add(ProblemError.atPointer(pointer(mapping), cleanMessage(mapping.getOriginalMessage())));
        } else {
            detail = "The request body is not valid JSON for this operation.";
        }
        return Problems.response(new Problem(Problem.TYPE_BASE + "malformed-body", "Malformed request body", 400,
                detail, path(uriInfo), errors.isEmpty() ? null : errors));
    }

    private static StreamConstraintsException parserLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uriInfo) {
        List<ProblemError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(toError(violation));
        }
        errors.sort((a, b) -> String.valueOf(a.pointer() + a.parameter())
                .compareTo(String.valueOf(b.pointer() + b.parameter())));
        return Problems.response(new Problem(Problem.TYPE_BASE + "validation", "Validation failed", 400,
                errors.size() == 1 ? "1 input is invalid." : errors.size() + " inputs are invalid.", path(uriInfo),
                errors));
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e, UriInfo uriInfo) {
        if (databaseUnavailable(e)) {
            // Not a bug: the database is down or the pool is exhausted. Say so quickly; readiness reports it too.
            LOG.warnf("Database unavailable: %s", e.getMessage());
            Response problem = Problems.response(Problems.forStatus(503,
                    "The database is unavailable; retry in a few seconds.", path(uriInfo)));
            problem.getHeaders().putSingle("Retry-After", "5");
            return problem;
        }
        LOG.error("Unexpected error", e);
        return Problems.response(Problems.forStatus(500, "The server could not complete the request.", path(uriInfo)));
    }

    /**
     * Connection failures (SQLState class 08), server shutdown (57P) and pool acquisition timeouts, anywhere in the
     * causes or the suppressed exceptions: a commit that fails on a lost connection carries the driver's exception as
     * suppressed by the transaction manager's RollbackException.
     */
    static boolean databaseUnavailable(Throwable e) {
        return databaseUnavailable(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean databaseUnavailable(Throwable e, Set<Throwable> seen) {
        if (e == null || !seen.add(e) || seen.size() > 50) {
            return false;
        }
        if (e instanceof SQLTransientConnectionException) {
            return true;
        }
        if (e instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (databaseUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return databaseUnavailable(e.getCause(), seen);
    }

    private static ProblemError toError(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        String parameter = null;
        boolean inBody = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            inBody = true;
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(node.getKey().toString()));
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        if (inBody || violation.getLeafBean() != null && violation.getLeafBean() != violation.getRootBean()) {
            return ProblemError.atPointer(pointer.length() == 0 ? "" : pointer.toString(), violation.getMessage());
        }
        return parameter != null
                ? ProblemError.atParameter(parameter, violation.getMessage())
                : ProblemError.atPointer("", violation.getMessage());
    }

    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            pointer.append(reference.getFieldName() != null ? escape(reference.getFieldName()) : reference.getIndex());
        }
        return pointer.length() == 0 ? "" : pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Jackson messages name Java types; keep only the first sentence and drop anything that looks like a class.
     */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "invalid value";
        }
        String firstLine = message.split("\n")[0];
        if (firstLine.contains("java.") || firstLine.contains("io.kiosque") || firstLine.contains("`")) {
            return "invalid value";
        }
        return firstLine;
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 400 -> "The request could not be read; bodies must be UTF-8 encoded JSON.";
            case 404 -> Problems.NO_RESOURCE;
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 415 -> "This content type is not supported here.";
            default -> e.getMessage() != null && !e.getMessage().startsWith("HTTP ") && status < 500
                    ? e.getMessage()
                    : Response.Status.fromStatusCode(status) != null
                            ? Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase(Locale.ROOT)
                            : "request failed";
        };
    }

    private static String path(UriInfo uriInfo) {
        return uriInfo == null ? null : "/" + uriInfo.getPath(true).replaceFirst("^/", "");
    }
}
