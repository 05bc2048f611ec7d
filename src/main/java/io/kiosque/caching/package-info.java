/**
 * HTTP caching and the response cache, and where they sit on the path of a request.
 *
 * <h2>The path of a request, in order</h2>
 * <ol>
 * <li>Vert.x routes and filters, before any REST code (a lower route order runs first, a higher filter priority first):
 * <ol>
 * <li>{@code http.RequestIds} (route order {@code MIN_VALUE + 10}): the X-Request-Id, in the log context.</li>
 * <li>{@code http.hardening.HttpHardening} (filter 400): security headers on every answer, and a declared body over the
 * limit refused with 413 before it is read.</li>
 * <li>{@code security.FailedAuthenticationLimit} (filter 390): 429 for an address that keeps sending bad tokens.</li>
 * <li>{@code http.hardening.OriginPolicy} (filter 350), then Quarkus' CORS filter (300): who may call from a browser
 * page on another origin.</li>
 * <li>{@link io.kiosque.caching.ResponseCacheRoute} (route order {@code ROUTE_ORDER_BEFORE_DEFAULT}): an anonymous read
 * found in the {@link io.kiosque.caching.ResponseCache} is answered here, whole (200, 304 or HEAD), and goes no
 * further.</li>
 * </ol>
 * </li>
 * <li>The REST layer (RESTEasy Reactive):
 * <ol>
 * <li>Pre-matching request filters: {@link io.kiosque.caching.HttpCaching#noteCacheState} (first of all: the cache's
 * generation and change sequence before anything is read), {@code http.hardening.UrlInputCheck} (the URL's encoding),
 * {@code security.RequestAuthentication} (OPTIONS is for admins).</li>
 * <li>Matching, then request filters: Quarkus Security's check of {@code @RolesAllowed} and {@code @PermitAll}
 * (anything else is denied); {@code security.RequestAuthentication}, so that the bearer token read by
 * {@code security.BearerTokenMechanism} is checked on public operations too (a bad one is a 401);
 * {@code http.KnownQueryParameters} (undeclared parameters are a 400); {@code security.WriteRateLimit}.</li>
 * <li>Reading a body: {@code http.hardening.RequestBodies} bounds its size and checks its charset, the strict JSON and
 * text readers parse it.</li>
 * <li>The resource: it picks the representation (JSON, JSON-LD, selected fields) and returns it; the service behind it
 * owns transactions and rules.</li>
 * <li>The one response filter, {@link io.kiosque.caching.HttpCaching#apply}: serialises the answer once, sets ETag,
 * Last-Modified, Cache-Control, Vary and Surrogate-Key, stores an anonymous answer in the response cache, and turns it
 * into a 304 when the client already has it.</li>
 * </ol>
 * </li>
 * <li>Nothing matched: {@code http.UnmatchedRoutes} (route order {@code MAX_VALUE}), a 404 problem document.</li>
 * </ol>
 * Any exception on the way becomes a problem document in {@code http.ProblemMappers} (REST layer) or
 * {@code HttpHardening}'s failure handler (Vert.x layer).
 */
package io.kiosque.caching;
