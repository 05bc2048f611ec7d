package io.kiosque.http.hardening;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.kiosque.http.ProblemException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every request body, as the REST layer reads it (a request without one never gets here):
 * <ul>
 * <li>in a charset that exists: JSON is read as UTF-8 whatever the declared charset (RFC 8259, section 8.1; UTF-16 and
 * UTF-32 are detected from the bytes), but a charset that does not exist is a 415, by the check plain-text bodies go
 * through. Many clients declare ISO-8859-1 for ASCII bodies, so known charsets are let through;</li>
 * <li>bounded, whatever its framing: a body whose length was declared too large never gets here ({@link HttpHardening}
 * refuses it at once), so this is what bounds chunked HTTP/1.1 bodies and HTTP/2 streams without content-length. Past
 * the limit the request is a 413 problem document, and the rest of the body is not read.</li>
 * </ul>
 * Bodies are read after authentication, so that an anonymous caller learns nothing before its 401.
 */
@Provider
@Priority(Priorities.ENTITY_CODER - 100)
public class RequestBodies implements ReaderInterceptor {

    private final Optional<MemorySize> maxBodySize;
    private final HttpHardening hardening;
    private final HttpServerRequest request;

    RequestBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            HttpHardening hardening, HttpServerRequest request) {
        this.maxBodySize = maxBodySize;
        this.hardening = hardening;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            StrictTextBodyReader.charsetOf(type);
        }
        if (maxBodySize.isEmpty()) {
            return context.proceed();
        }
        BoundedInputStream bounded = new BoundedInputStream(context.getInputStream(), maxBodySize.get().asLongValue());
        context.setInputStream(bounded);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // Whatever the reader made of the failed read (a parse error, a wrapped I/O error), the cause is the size.
            if (bounded.exceeded) {
                throw tooLarge();
            }
            throw e;
        }
    }

    private ProblemException tooLarge() {
        HttpHardening.stopReadingAfterResponse(request, maxBodySize.get().asLongValue());
        return new ProblemException(413, "request-entity-too-large", "Request Entity Too Large",
                hardening.bodyTooLarge(), null);
    }

    private static final class BoundedInputStream extends FilterInputStream {

        private final long limit;
        private long count;
        private boolean exceeded;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("The request body is larger than " + limit + " bytes");
            }
        }
    }
}
