package io.kiosque.http.hardening;

import io.quarkus.test.junit.QuarkusTest;

/** The fuzzer over HTTP/1.1. */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzSuite {
}
