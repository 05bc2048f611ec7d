package io.kiosque.http.hardening;

import io.kiosque.support.OverHttp2;
import io.kiosque.support.Protocol;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The fuzzer over HTTP/2 reached by upgrading each request's connection from HTTP/1.1 (h2c), as curl --http2 and the
 * JDK's HttpClient do: below 500 and as documented there too.
 */
@QuarkusTest
@OverHttp2(Protocol.H2C_UPGRADE)
class OpenApiFuzzOverHttp2Test extends OpenApiFuzzSuite {
}
