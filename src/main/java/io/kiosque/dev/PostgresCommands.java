package io.kiosque.dev;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines of PostgreSQL's programs for one unpacked installation. Nothing here runs anything, so that every
 * platform's command lines are tested on any machine.
 *
 * @param runAs
 *            prefix that runs a program as another user (see {@link RunAs}), or nothing
 */
record PostgresCommands(PostgresPlatform platform, Path installDir, List<String> runAs) {

    static final String SUPERUSER = "postgres";

    /**
     * A cluster that behaves the same on every platform: UTF-8 with PostgreSQL's own C.UTF-8 locale (PostgreSQL 17+),
     * so that {@code lower('É')} is {@code é} and the French text search sees "Corée" as one word without depending on
     * the locales the machine has installed; reachable on 127.0.0.1 only, without a password; no Unix socket to clean
     * up.
     */
    List<String> initdb(Path dataDir) {
        return command("initdb", "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C",
                "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--no-instructions", "-c",
                "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=");
    }

    /** Starts the server in the background and waits until it accepts connections. */
    List<String> start(Path dataDir, int port) {
        return command("pg_ctl", "start", "-D", dataDir.toString(), "-w", "-t", "60", "-o", "-p " + port);
    }

    /**
     * @param mode
     *            {@code fast} (roll back sessions, checkpoint) or {@code immediate} (as after a crash: for a server
     *            nobody owns any more)
     */
    List<String> stop(Path dataDir, String mode) {
        return command("pg_ctl", "stop", "-D", dataDir.toString(), "-m", mode, "-w", "-t", "60");
    }

    private List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>(runAs);
        command.add(platform.program(installDir, program).toString());
        command.addAll(List.of(arguments));
        return command;
    }
}
