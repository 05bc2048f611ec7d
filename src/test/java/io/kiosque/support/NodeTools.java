package io.kiosque.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;

/**
 * Node.js for the checks that need it (typed TypeScript clients, the Redocly lint, Swagger UI in a browser). A check
 * runs where Node.js and npm are on the PATH (and Chromium, for the browser); with {@code CI=true} it is mandatory, and
 * missing tools fail it; elsewhere it is skipped, with one log line saying what and why. The packages are the ones
 * pinned by {@code src/test/ts/package-lock.json}, installed by {@code npm ci} whenever the lock file changes.
 */
public final class NodeTools {

    private static final Logger LOG = Logger.getLogger(NodeTools.class);

    /** The Node.js project of the tests: its package.json, lock file, programs and generated code. */
    public static final Path PROJECT = Path.of("src", "test", "ts").toAbsolutePath();
    private static final Path LOGS = Path.of("target", "node-tools").toAbsolutePath();
    // The oldest Node.js that every pinned tool declares it supports (@redocly/cli, @hey-api/openapi-ts).
    private static final Runtime.Version MINIMUM_NODE = Runtime.Version.parse("20.19");
    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    // A first run on a new machine downloads the packages; later runs take seconds.
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);

    /** The checks skipped so far: one log line each, however many tests a check serves. */
    private static final Set<String> SKIPPED = ConcurrentHashMap.newKeySet();
    private static String nodeMissing;
    private static boolean nodeLookedFor;
    private static boolean installed;

    private NodeTools() {
    }

    /** Node.js and npm with the pinned packages installed, or the check skipped (failed with CI=true). */
    public static void require(String check) {
        String missing = nodeMissing();
        if (missing != null) {
            unavailable(check, missing);
        }
        install();
    }

    /** As {@link #require}, and a Chromium to drive (Debian's: {@code apt-get install chromium}). */
    public static Path requireChromium(String check) {
        Path chromium = Files.isExecutable(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : onPath("chromium").orElse(null);
        if (chromium == null) {
            unavailable(check, "no Chromium (/usr/bin/chromium, or chromium on the PATH)");
        }
        require(check);
        return chromium;
    }

    /** A tool installed in the project's node_modules, never one npx would download. */
    public static Command npx(String tool, String... arguments) {
        return inProject(Command.of("npx", "--no-install", tool).with(arguments));
    }

    public static Command node(String script, String... arguments) {
        return inProject(Command.of("node", PROJECT.resolve(script).toString()).with(arguments));
    }

    private static Command inProject(Command command) {
        // No update checks or telemetry: CI reaches the package registries only.
        return command.in(PROJECT).env("NO_UPDATE_NOTIFIER", "1").env("REDOCLY_TELEMETRY", "off")
                .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    }

    private static void unavailable(String check, String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail(check + " cannot run: " + why + ". With CI=true it is mandatory: .ci/run installs what it needs.");
        }
        if (SKIPPED.add(check)) {
            LOG.warnf("Skipped %s: %s (it runs wherever the tools are, and always with CI=true)", check, why);
        }
        Assumptions.abort(check + " skipped: " + why);
    }

    private static synchronized String nodeMissing() {
        if (!nodeLookedFor) {
            nodeLookedFor = true;
            nodeMissing = lookForNode();
        }
        return nodeMissing;
    }

    private static String lookForNode() {
        if (onPath("node").isEmpty() || onPath("npm").isEmpty()) {
            return "Node.js " + MINIMUM_NODE + "+ with npm is not on the PATH";
        }
        String version = Command.of("node", "--version").logTo(LOGS.resolve("node-version.log")).run().strip();
        if (Runtime.Version.parse(version.replaceFirst("^v", "")).compareToIgnoreOptional(MINIMUM_NODE) < 0) {
            return "Node.js " + version + " is older than " + MINIMUM_NODE + ", the oldest the pinned tools support";
        }
        return null;
    }

    /**
     * Runs {@code npm ci} unless node_modules was installed from this very lock file: npm ci starts by deleting
     * node_modules, which costs every test run seconds for nothing.
     */
    private static synchronized void install() {
        if (installed) {
            return;
        }
        Path stamp = PROJECT.resolve("node_modules").resolve(".kiosque-installed-lock");
        Path lock = PROJECT.resolve("package-lock.json");
        try {
            if (!Files.exists(stamp) || Files.mismatch(stamp, lock) != -1) {
                inProject(Command.of("npm", "ci", "--no-audit", "--no-fund")).logTo(LOGS.resolve("npm-ci.log"))
                        .timeout(INSTALL_TIMEOUT).run();
                Files.copy(lock, stamp, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        installed = true;
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank()).map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable).findFirst();
    }
}
