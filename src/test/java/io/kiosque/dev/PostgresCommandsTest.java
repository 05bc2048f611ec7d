package io.kiosque.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The command lines that start and stop the embedded server, on each platform, including those that cannot run here.
 */
class PostgresCommandsTest {

    private static final Path INSTALL = Path.of("C:", "Users", "dev", "AppData", "Local", "Temp", "18.6.0");
    private static final Path DATA = Path.of("C:", "work", "kiosque", "target", "embedded-postgres");

    @Test
    void windowsRunsTheExeProgramsAsTheUser() {
        PostgresCommands windows = new PostgresCommands(PostgresPlatform.WINDOWS_X86_64, INSTALL, List.of());

        assertEquals(List.of(INSTALL.resolve("bin").resolve("pg_ctl.exe").toString(), "start", "-D", DATA.toString(),
                "-w", "-t", "60", "-o", "-p 54321"), windows.start(DATA, 54321));
        assertEquals(List.of(INSTALL.resolve("bin").resolve("pg_ctl.exe").toString(), "stop", "-D", DATA.toString(),
                "-m", "fast", "-w", "-t", "60"), windows.stop(DATA, "fast"));
        assertEquals(INSTALL.resolve("bin").resolve("initdb.exe").toString(), windows.initdb(DATA).get(0));
    }

    @Test
    void macosRunsThePlainPrograms() {
        Path install = Path.of("/var/folders/x/T/kiosque-embedded-postgres-dev/18.6.0");
        PostgresCommands macos = new PostgresCommands(PostgresPlatform.MACOS_ARM64, install, List.of());

        assertEquals(install + "/bin/pg_ctl", macos.start(Path.of("/Users/dev/kiosque/target/pg"), 5433).get(0));
        assertEquals(install + "/bin/initdb", macos.initdb(Path.of("/Users/dev/kiosque/target/pg")).get(0));
    }

    @Test
    void rootOnLinuxRunsEveryProgramAsNobody() {
        Path install = Path.of("/tmp/kiosque-embedded-postgres-root/18.6.0");
        List<String> asNobody = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        PostgresCommands linux = new PostgresCommands(PostgresPlatform.LINUX_X86_64, install, asNobody);
        Path data = Path.of("/work/kiosque/target/embedded-postgres");

        for (List<String> command : List.of(linux.initdb(data), linux.start(data, 5433), linux.stop(data, "fast"))) {
            assertEquals(asNobody, command.subList(0, 4));
        }
        assertEquals(install + "/bin/pg_ctl", linux.stop(data, "immediate").get(4));
        assertEquals(List.of("-m", "immediate"), linux.stop(data, "immediate").subList(8, 10));
    }

    @Test
    void theClusterIsTheSameEverywhere() {
        List<String> initdb = new PostgresCommands(PostgresPlatform.LINUX_ARM64, Path.of("/opt/pg"), List.of())
                .initdb(Path.of("/data"));

        assertEquals(List.of("/opt/pg/bin/initdb", "-D", "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--no-instructions", "-c",
                "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="), initdb);
    }
}
