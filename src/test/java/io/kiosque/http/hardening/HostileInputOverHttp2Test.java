package io.kiosque.http.hardening;

import io.kiosque.support.OverHttp2;
import io.kiosque.support.Protocol;
import io.quarkus.test.junit.QuarkusTest;

/** The hostile-input suite over HTTP/2 with prior knowledge: refusals are the same problem documents. */
@QuarkusTest
@OverHttp2(Protocol.H2C_PRIOR_KNOWLEDGE)
class HostileInputOverHttp2Test extends HostileInputSuite {
}
