package io.kiosque.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * OpenAPI Generator's command-line jar, which the build copies to target/openapi-generator (maven-dependency-plugin),
 * run as a process of its own.
 */
public final class OpenApiGenerator {

    private static final Path JAR = Path.of("target", "openapi-generator", "openapi-generator-cli.jar")
            .toAbsolutePath();

    private OpenApiGenerator() {
    }

    /** Generates with this generator from a document into a directory; tests and docs are left out, for speed. */
    public static Command generate(String generator, Path document, Path output, String... options) {
        if (!Files.isReadable(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the build copies it in generate-test-resources, so "
                    + "run the tests through ./mvnw");
        }
        // A short-lived run: the quick JIT tier alone halves its time.
        return Command.java("-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "generate", "-g", generator, "-i",
                document.toString(), "-o", output.toString(), "--global-property",
                "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false").with(options);
    }
}
