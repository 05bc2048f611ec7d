package io.kiosque.security;

import io.quarkus.test.junit.QuarkusTest;

/** The whole authorisation matrix, every operation for every caller, over HTTP/1.1. */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixSuite {
}
