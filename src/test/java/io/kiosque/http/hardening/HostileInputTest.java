package io.kiosque.http.hardening;

import io.quarkus.test.junit.QuarkusTest;

/** The hostile-input suite over HTTP/1.1. */
@QuarkusTest
class HostileInputTest extends HostileInputSuite {
}
