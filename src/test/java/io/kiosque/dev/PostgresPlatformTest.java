package io.kiosque.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which binaries each developer machine gets, from what its JVM reports. Only Linux runs here; the other platforms are
 * covered by these expectations, taken from the JVMs of each platform and the artifacts on Maven Central.
 */
class PostgresPlatformTest {

    @ParameterizedTest
    @CsvSource({"Linux, amd64, LINUX_X86_64, linux-amd64, postgres-linux-x86_64.txz",
            "Linux, aarch64, LINUX_ARM64, linux-arm64v8, postgres-linux-arm_64.txz",
            "Mac OS X, x86_64, MACOS_X86_64, darwin-amd64, postgres-darwin-x86_64.txz",
            "Mac OS X, aarch64, MACOS_ARM64, darwin-arm64v8, postgres-darwin-arm_64.txz",
            "Windows 11, amd64, WINDOWS_X86_64, windows-amd64, postgres-windows-x86_64.txz",
            "Windows Server 2022, amd64, WINDOWS_X86_64, windows-amd64, postgres-windows-x86_64.txz"})
    void everyDeveloperPlatformHasItsBinaries(String osName, String osArch, PostgresPlatform expected,
            String classifier, String archive) {
        assertEquals(Optional.of(expected), PostgresPlatform.of(osName, osArch));
        assertEquals(classifier, expected.classifier);
        assertEquals(archive, expected.archive);
    }

    @ParameterizedTest
    @CsvSource({"Linux, ppc64le", "Linux, arm", "Windows 11, aarch64", "FreeBSD, amd64", "SunOS, sparcv9"})
    void otherPlatformsHaveNone(String osName, String osArch) {
        assertTrue(PostgresPlatform.of(osName, osArch).isEmpty());
    }

    @Test
    void windowsProgramsEndInExe() {
        Path install = Path.of("cache", "18.6.0");
        assertEquals(install.resolve("bin").resolve("pg_ctl.exe"),
                PostgresPlatform.WINDOWS_X86_64.program(install, "pg_ctl"));
        for (PostgresPlatform unix : new PostgresPlatform[]{PostgresPlatform.LINUX_X86_64, PostgresPlatform.LINUX_ARM64,
                PostgresPlatform.MACOS_X86_64, PostgresPlatform.MACOS_ARM64}) {
            assertEquals(install.resolve("bin").resolve("pg_ctl"), unix.program(install, "pg_ctl"));
        }
    }

    @Test
    void thisMachineIsOneOfThem() {
        assertEquals(PostgresPlatform.of(System.getProperty("os.name"), System.getProperty("os.arch")).orElseThrow(),
                PostgresPlatform.current());
    }
}
