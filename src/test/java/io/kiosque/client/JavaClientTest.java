package io.kiosque.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Command;
import io.kiosque.support.OpenApiGenerator;
import io.kiosque.support.Seed;
import io.kiosque.support.ServedDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The served OpenAPI document makes a Java client (OpenAPI Generator, generator java, library native) that a newcomer
 * can use as is: the client is generated, compiled with {@code src/test/clients/java/example/ReadSeedArticle.java}, and
 * run against this server with the JDK's HttpClient as it comes, which upgrades to HTTP/2. Needs only the JDK.
 */
@QuarkusTest
class JavaClientTest {

    private static final Path WORK_DIR = Path.of("target", "java-client").toAbsolutePath();
    /** Copied by the build (maven-dependency-plugin): what the generated client's own pom.xml asks for. */
    private static final Path LIBRARIES = WORK_DIR.resolve("lib");
    private static final Path PROGRAM = Path.of("src", "test", "clients", "java").toAbsolutePath();

    @Test
    void generatedClientReadsTheSeedArticleAndListsArticlesOverHttp2() throws IOException {
        Path document = ServedDocument.saveTo(WORK_DIR);
        Path generated = WORK_DIR.resolve("generated");
        // One request object per call, not a dozen positional arguments that shift when a parameter comes or goes.
        OpenApiGenerator.generate("java", document, generated, "--library", "native", "--additional-properties",
                "useSingleRequestParameter=true").logTo(WORK_DIR.resolve("openapi-generator.log")).run();
        Path classes = compile(List.of(generated.resolve("src").resolve("main").resolve("java"), PROGRAM));

        // The output is read as UTF-8, whatever this machine's locale.
        List<String> output = Command.java("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-cp",
                classes + java.io.File.pathSeparator + classPath(), "example.ReadSeedArticle",
                "http://localhost:" + RestAssured.port, Seed.SLUG).logTo(WORK_DIR.resolve("read-seed-article.log"))
                .run().lines().toList();

        ReaderProgram.assertReadsTheSeedAndLists(output);
        assertThat("every answer came over HTTP/2", output, hasItem("versions: [HTTP_2, HTTP_2]"));
    }

    /** Compiles every source file under these directories, with the client's libraries; returns the classes. */
    private static Path compile(List<Path> sourceDirectories) throws IOException {
        Path classes = WORK_DIR.resolve("classes");
        Files.createDirectories(classes);
        List<Path> sources;
        try (Stream<Path> files = sourceDirectories.stream().flatMap(JavaClientTest::walk)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(diagnostics, files, null, List.of("-d", classes.toString(), "-cp",
                    classPath(), "--release", "17", "-proc:none", "-nowarn"), null,
                    files.getJavaFileObjectsFromPaths(
                            sources))
                    .call();
            assertTrue(compiled, "The generated client and the program using it do not compile:\n" + diagnostics);
        }
        return classes;
    }

    private static String classPath() {
        try (Stream<Path> jars = Files.list(LIBRARIES)) {
            return jars.map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        } catch (IOException e) {
            throw new IllegalStateException(LIBRARIES + " is missing: the build copies the client's libraries there "
                    + "in generate-test-resources, so run the tests through ./mvnw", e);
        }
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
