package io.kiosque.caching;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.kiosque.http.Cacheable;
import io.kiosque.http.Page;
import io.kiosque.http.Problem;
import io.kiosque.http.Representations;
import io.kiosque.http.Tagged;
import io.kiosque.security.CurrentCaller;

/**
 * HTTP caching for every successful response with a body, serialised once, here: a strong ETag from the exact bytes
 * sent, Last-Modified from the {@link ContentClock}, 304 on If-None-Match / If-Modified-Since, Cache-Control (public
 * for anonymous readers, private for token and preview link holders), Surrogate-Key so a CDN can purge exactly what a
 * change touched, and the anonymous answer kept in the {@link ResponseCache} for the next reader.
 */
public class HttpCaching {

    static final String SURROGATE_KEY = "Surrogate-Key";

    /** Request properties: the cache's state when the request came in, before anything was read. */
    private static final String GENERATION = "kiosque.cache.generation";
    private static final String CHANGE_SEQUENCE = "kiosque.cache.change-sequence";
    /** The headers an entry of the response cache replays. */
    private static final List<String> REPLAYED = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, SURROGATE_KEY, HttpHeaders.VARY, "Link");

    static final int MAX_SURROGATE_KEY_LENGTH = 16_000;

    private final Representations representations;
    private final CurrentCaller caller;
    private final ContentClock clock;
    private final ResponseCache cache;
    private final String publicCacheControl;
    private final int compressionMinSize;

    HttpCaching(Representations representations, CurrentCaller caller, ContentClock clock, ResponseCache cache,
            HttpCacheConfig config) {
        this.representations = representations;
        this.caller = caller;
        this.clock = clock;
        this.cache = cache;
        this.publicCacheControl = "public, max-age=" + config.cache().maxAge() + ", stale-while-revalidate="
                + config.cache().staleWhileRevalidate();
        this.compressionMinSize = config.compression().minSize();
    }

    /**
     * Before the request is matched, let alone computed: what the cache knew then. An answer computed while a write was
     * committing is not stored, and an entry is as fresh as the change sequence read before it was computed.
     */
    @ServerRequestFilter(preMatching = true, priority = Integer.MIN_VALUE)
    public void noteCacheState(ContainerRequestContext request) {
        if (cache.enabled() && ResponseCache.cacheable(request.getMethod(), request.getUriInfo().getPath(),
                request.getUriInfo().getRequestUri().getRawQuery(),
                request.getHeaderString(HttpHeaders.AUTHORIZATION) != null)) {
            request.setProperty(GENERATION, cache.generation());
            request.setProperty(CHANGE_SEQUENCE, cache.changeSequence());
        }
    }

    @ServerResponseFilter
    public void apply(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        Object entity = response.getEntity();
        if (entity == null || status < 200 || status >= 300 || entity instanceof Problem) {
            return;
        }
        byte[] body = representations.bytes(entity);
        // A resource may name the ETag of another representation (an import answers with the draft's ETag).
        Object explicit = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String etag = explicit != null
                ? explicit.toString()
                : entity instanceof Tagged<?> derived
                        ? Representations.derivedEtag(representations.etag(derived.source()), body)
                        : Representations.etagOfBytes(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.setEntity(body, null, response.getMediaType());
        if (body.length < compressionMinSize) {
            // Compressing a small body costs more than it saves; identity tells the HTTP layer to leave it alone.
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "identity");
        }

        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        Instant lastModified = lastModified(entity);
        if (lastModified != null) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
        }
        // A preview link is a credential in the URL: what it unlocks is as private as what a token unlocks.
        // A resource answering with a credential of another kind (a preview link) says it is private itself.
        boolean personal = !caller.get().isAnonymous() || Cacheable.PRIVATE.equals(
                String.valueOf(response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)));
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                    personal ? Cacheable.PRIVATE : publicCacheControl);
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding, Authorization");
        if (personal) {
            response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        } else {
            List<String> keys = new ArrayList<>();
            keys.add(collectionKey(request.getUriInfo().getPath()));
            if (entity instanceof Cacheable cacheable) {
                keys.addAll(cacheable.cacheKeys());
            }
            response.getHeaders().putSingle(SURROGATE_KEY, surrogateKey(keys));
            store(request, response, body, etag, keys, entity);
        }

        if (notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /**
     * Keeps an anonymous public answer for the next reader, before it may turn into a 304: a revalidation computed the
     * whole representation too, so that the next ones are hits. Only single resources name everything they show; a list
     * or feed is evicted by any change.
     */
    private void store(ContainerRequestContext request, ContainerResponseContext response, byte[] body, String etag,
            List<String> keys, Object entity) {
        Object generation = request.getProperty(GENERATION);
        if (generation == null) {
            return;
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : REPLAYED) {
            Object value = response.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value.toString());
            }
        }
        headers.put(HttpHeaders.CONTENT_TYPE, contentType(response.getMediaType()));
        boolean collection = entity instanceof Page<?> || !(entity instanceof Cacheable cacheable)
                || cacheable.collection();
        cache.store(ResponseCache.key(request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), request.getHeaderString(HttpHeaders.ACCEPT)),
                new ResponseCache.Entry(body, etag, Map.copyOf(headers), Set.copyOf(keys), collection,
                        (Long) request.getProperty(CHANGE_SEQUENCE), System.nanoTime()),
                (Long) generation);
    }

    /** The Content-Type the REST layer sends for this media type: it always names the charset, UTF-8. */
    static String contentType(MediaType mediaType) {
        if (mediaType == null) {
            return null;
        }
        return (mediaType.getParameters().containsKey(MediaType.CHARSET_PARAMETER)
                ? mediaType
                : mediaType.withCharset("UTF-8")).toString();
    }

    /**
     * The cache tags, within what CDNs accept in one header (Fastly: 16 KiB). A page of many richly tagged articles can
     * exceed it; it then keeps its collection key only, so it is purged with its whole collection (or expires after
     * max-age) rather than having its header cut short by the CDN.
     */
    static String surrogateKey(List<String> keys) {
        String header = String.join(" ", keys);
        return header.length() <= MAX_SURROGATE_KEY_LENGTH ? header : keys.get(0);
    }

    /**
     * The content clock, which no change can leave behind; a representation may name a later instant (the news sitemap
     * changes when an article ages out of it).
     */
    private Instant lastModified(Object entity) {
        Instant changed = clock.lastChange();
        Instant own = entity instanceof Cacheable cacheable ? cacheable.lastModified() : null;
        if (changed == null || own != null && own.isAfter(changed)) {
            return own;
        }
        return changed;
    }

    /** RFC 9110 section 13.2.2, for the REST layer and the response cache alike. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            // RFC 9110: If-None-Match uses weak comparison, and takes precedence over If-Modified-Since.
            return Representations.matchesWeakly(ifNoneMatch, etag);
        }
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // RFC 9110: an invalid date is ignored
            }
        }
        return false;
    }

    /**
     * {@code /api/v1/articles/x} → {@code articles}, {@code /feeds/...} → {@code feeds}: purging it purges every list
     * and item of that collection. Sparse article reads ({@code /api/v1/article-fields}) show articles too.
     */
    static String collectionKey(String path) {
        String[] segments = path.replaceFirst("^/", "").split("/");
        String key = segments.length >= 3 && segments[0].equals("api") ? segments[2] : segments[0];
        if (key.equals("article-fields")) {
            return "articles";
        }
        // /sitemap.xml and /sitemap-news.xml → sitemaps
        return key.startsWith("sitemap") ? "sitemaps" : key;
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
