package io.kiosque.security;

import io.kiosque.support.OverHttp2;
import io.kiosque.support.Protocol;
import io.quarkus.test.junit.QuarkusTest;

/** The whole authorisation matrix, every operation for every caller, over HTTP/2 with prior knowledge. */
@QuarkusTest
@OverHttp2(Protocol.H2C_PRIOR_KNOWLEDGE)
class AuthorizationMatrixOverHttp2Test extends AuthorizationMatrixSuite {
}
