package io.kiosque.http.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kiosque.support.Command;
import io.kiosque.support.OpenApiGenerator;
import io.kiosque.support.ServedDocument;
import io.quarkus.test.junit.QuarkusTest;

/**
 * OpenAPI Generator, for the languages integrators use most, finds nothing to work around in the served document: no
 * warning or error about its structure ({@code $ref} siblings it clears, bodies without a schema, missing operationIds,
 * reserved words, several media types for one response...), and it generates. The logs are kept in
 * target/openapi-generators. Needs only the JDK.
 */
@QuarkusTest
class GeneratorWarningsTest {

    private static final Path WORK_DIR = Path.of("target", "openapi-generators").toAbsolutePath();
    private static final Pattern LOG_LINE = Pattern.compile("^\\[[^]]*] (WARN|ERROR|INFO) +\\S+ - (.*)$");
    // Said of the generator itself or of its own limits, whatever the document: nothing to change in Kiosque.
    private static final List<String> NOT_ABOUT_THE_DOCUMENT = List.of("OpenAPI 3.1 support is still in beta",
            "is considered deprecated", "This generator has been deprecated",
            // The Java generator puts only scalar examples in the code it writes; ours are whole articles.
            "Ignoring complex example on request body");
    // Notes (INFO) that are about the document's structure all the same: what a client gets differs from it.
    private static final List<String> STRUCTURAL_NOTES = List.of("More than one content media type found",
            "Multiple MediaTypes found", "Multiple schemas found", "Inline schema created as");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "typescript-fetch", "kotlin", "swift5"})
    void generatorHasNothingToSayAboutTheDocument(String generator) {
        Path document = ServedDocument.saveTo(WORK_DIR);
        Path log = WORK_DIR.resolve(generator + ".log");
        Command.Result result = OpenApiGenerator.generate(generator, document, WORK_DIR.resolve(generator))
                .logTo(log).exec();

        List<String> problems = new ArrayList<>();
        structuralMessages(result.output()).forEach((message, count) -> problems.add(count + " × " + message));
        if (result.exitCode() != 0) {
            problems.add("exit " + result.exitCode() + ": " + result.output().lines()
                    .filter(line -> line.startsWith("Caused by") || line.startsWith("Exception")).toList());
        }
        assertTrue(problems.isEmpty(), generator + " on the served document (whole log: " + log + "):\n" + String
                .join("\n", problems));
    }

    /** Each message about the document, with the number of times it was logged. */
    private static Map<String, Integer> structuralMessages(String output) {
        Map<String, Integer> messages = new TreeMap<>();
        output.lines().map(LOG_LINE::matcher).filter(Matcher::matches).forEach(line -> {
            String level = line.group(1);
            String message = line.group(2);
            boolean structural = "INFO".equals(level)
                    ? STRUCTURAL_NOTES.stream().anyMatch(message::contains)
                    : NOT_ABOUT_THE_DOCUMENT.stream().noneMatch(message::contains);
            if (structural) {
                messages.merge(level + " " + message, 1, Integer::sum);
            }
        });
        return messages;
    }
}
