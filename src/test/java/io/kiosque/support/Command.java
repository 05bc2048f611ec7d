package io.kiosque.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An external program run by a test (npm, a generated client, OpenAPI Generator...): no standard input, its output in a
 * log file under target/, a time limit. {@link #run()} fails the test, output included, unless it exits with 0.
 */
public final class Command {

    /** How a run ended: its exit code and its output (standard output and error, unless errors go elsewhere). */
    public record Result(int exitCode, String output) {
    }

    private final List<String> line;
    private Path directory = Path.of("").toAbsolutePath();
    private Path log;
    private Path errorLog;
    private Duration timeout = Duration.ofMinutes(5);
    private final Map<String, String> environment = new LinkedHashMap<>();

    private Command(List<String> line) {
        this.line = line;
    }

    public static Command of(String program, String... arguments) {
        List<String> line = new ArrayList<>();
        line.add(program);
        line.addAll(List.of(arguments));
        return new Command(line);
    }

    /** The JVM running the tests, to start a Java program of its own. */
    public static Command java(String... arguments) {
        return of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), arguments);
    }

    public Command with(String... arguments) {
        line.addAll(List.of(arguments));
        return this;
    }

    public Command in(Path directory) {
        this.directory = directory;
        return this;
    }

    /** Where the output goes (required): the test reads it from there, and so can a person after a failure. */
    public Command logTo(Path log) {
        this.log = log;
        return this;
    }

    /** Keeps standard error apart, for programs whose standard output is a report to parse. */
    public Command errorsTo(Path errorLog) {
        this.errorLog = errorLog;
        return this;
    }

    public Command env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public Command timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Runs the program to its end, whatever its exit code; a time-out fails the test. */
    public Result exec() {
        if (log == null) {
            throw new IllegalStateException("No log file for " + this);
        }
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile())
                    .redirectOutput(log.toFile());
            if (errorLog == null) {
                builder.redirectErrorStream(true);
            } else {
                builder.redirectError(errorLog.toFile());
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            // No standard input: CI has none, and nothing may wait for an answer.
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(this + " did not finish within " + timeout + "; see " + log);
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + this, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + this, e);
        }
    }

    /** Runs the program and returns its output; any exit code but 0 fails the test with that output. */
    public String run() {
        Result result = exec();
        if (result.exitCode() != 0) {
            fail(this + " exited with " + result.exitCode() + ":\n" + result.output() + errors());
        }
        return result.output();
    }

    private String errors() {
        try {
            return errorLog == null ? "" : "\n" + Files.readString(errorLog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "\n(cannot read " + errorLog + ": " + e + ")";
        }
    }

    @Override
    public String toString() {
        return String.join(" ", line);
    }
}
