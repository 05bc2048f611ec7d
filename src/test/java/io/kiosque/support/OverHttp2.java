package io.kiosque.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * Runs a RestAssured suite over HTTP/2: every request of each test goes through an {@link Http2Bridge}. Declare it
 * after {@code @QuarkusTest}, whose own set-up points RestAssured at the server first.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(OverHttp2.Bridged.class)
public @interface OverHttp2 {

    /** {@link Protocol#H2C_PRIOR_KNOWLEDGE} or {@link Protocol#H2C_UPGRADE}. */
    Protocol value();

    final class Bridged implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Bridged.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            Protocol protocol = context.getRequiredTestClass().getAnnotation(OverHttp2.class).value();
            Http2Bridge bridge = Http2Bridge.to(protocol);
            context.getStore(NAMESPACE).put(Http2Bridge.class, bridge);
            RestAssured.port = bridge.port();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Http2Bridge bridge = context.getStore(NAMESPACE).remove(Http2Bridge.class, Http2Bridge.class);
            if (bridge != null) {
                bridge.close();
            }
        }
    }
}
