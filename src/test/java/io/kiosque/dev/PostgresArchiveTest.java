package io.kiosque.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacking an archive laid out like zonky's: programs, libraries behind symbolic and hard links (not on Windows, whose
 * archive has neither links nor Unix modes).
 */
class PostgresArchiveTest {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @TempDir
    Path temp;

    @Test
    void unpacksProgramsLinksAndModes() throws IOException {
        Path target = temp.resolve("18.6.0");
        Path postgres = target.resolve("bin/postgres");

        assertEquals(target, PostgresArchive.unpack(archive(false), target, postgres));

        assertEquals("#!/bin/sh\n", Files.readString(postgres));
        assertEquals("library", Files.readString(target.resolve("lib/libpq-hard.so")));
        if (POSIX) {
            assertEquals("rwxr-xr-x", mode(postgres));
            assertEquals("rw-r--r--", mode(target.resolve("lib/libpq.so.5.18")));
            assertEquals(Path.of("libpq.so.5.18"), Files.readSymbolicLink(target.resolve("lib/libpq.so.5")));
            // As root the server runs as nobody, who must be able to enter the directory.
            assertEquals("rwxr-xr-x", mode(target));
        }
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of(target), siblings.toList(), "nothing left of the unpacking");
        }
    }

    @Test
    void anEarlierUnpackIsReused() throws IOException {
        Path target = temp.resolve("18.6.0");
        PostgresArchive.unpack(archive(false), target, target.resolve("bin/postgres"));
        Files.writeString(target.resolve("bin/postgres"), "unchanged");

        PostgresArchive.unpack(new ByteArrayInputStream(new byte[0]), target, target.resolve("bin/postgres"));

        assertEquals("unchanged", Files.readString(target.resolve("bin/postgres")));
    }

    @Test
    void concurrentJvmsBothEndWithTheCompleteTree() throws Exception {
        Path target = temp.resolve("18.6.0");
        byte[] archive = archive(false).readAllBytes();
        Callable<Path> unpack = () -> PostgresArchive.unpack(new ByteArrayInputStream(archive), target,
                target.resolve("bin/postgres"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> results = pool.invokeAll(List.of(unpack, unpack, unpack, unpack));
            for (Future<Path> result : results) {
                assertEquals(target, result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("library", Files.readString(target.resolve("lib/libpq-hard.so")));
        try (var siblings = Files.list(temp)) {
            assertEquals(1, siblings.count());
        }
    }

    @Test
    void anEntryOutsideTheTargetIsRefused() throws IOException {
        Path target = temp.resolve("18.6.0");

        IOException refused = assertThrows(IOException.class,
                () -> PostgresArchive.unpack(archive(true), target, target.resolve("bin/postgres")));

        assertTrue(refused.getMessage().contains("../escaped"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("escaped")));
        assertFalse(Files.exists(target));
    }

    private static ByteArrayInputStream archive(boolean hostile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZCompressorOutputStream(bytes))) {
            directory(tar, "bin/");
            file(tar, "bin/postgres", 0755, "#!/bin/sh\n");
            directory(tar, "lib/");
            // The hard link comes first, as it may in a real archive.
            TarArchiveEntry hard = new TarArchiveEntry("lib/libpq-hard.so", TarArchiveEntry.LF_LINK);
            hard.setLinkName("lib/libpq.so.5.18");
            tar.putArchiveEntry(hard);
            tar.closeArchiveEntry();
            file(tar, "lib/libpq.so.5.18", 0644, "library");
            if (POSIX) {
                TarArchiveEntry symlink = new TarArchiveEntry("lib/libpq.so.5", TarArchiveEntry.LF_SYMLINK);
                symlink.setLinkName("libpq.so.5.18");
                tar.putArchiveEntry(symlink);
                tar.closeArchiveEntry();
            }
            if (hostile) {
                file(tar, "../escaped", 0644, "outside");
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void directory(TarArchiveOutputStream tar, String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(040755);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream tar, String name, int mode, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setMode(0100000 | mode);
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
    }
}
