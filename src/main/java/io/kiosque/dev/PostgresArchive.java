package io.kiosque.dev;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the {@code .txz} archive of PostgreSQL binaries once per machine, into a directory that several JVMs share.
 */
final class PostgresArchive {

    private PostgresArchive() {
    }

    /**
     * The archive's content in {@code target}, unpacked now unless an earlier run did. It is unpacked beside the target
     * and renamed into place, so that a concurrent JVM sees either nothing or a complete tree.
     *
     * @param complete
     *            a file that exists only in a complete tree
     */
    static Path unpack(InputStream archive, Path target, Path complete) throws IOException {
        if (Files.isRegularFile(complete)) {
            return target;
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path unpacking = Files.createTempDirectory(parent, target.getFileName() + ".unpacking-");
        try {
            // As root the server runs as nobody, which must read the binaries; temporary directories are rwx------.
            setMode(unpacking, 0755);
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new XZCompressorInputStream(new BufferedInputStream(archive, 1 << 16)))) {
                extract(tar, unpacking);
            }
            try {
                Files.move(unpacking, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isRegularFile(complete)) {
                    throw e;
                }
                // Another JVM was faster, and its tree is complete: it was renamed into place.
            }
        } finally {
            deleteRecursively(unpacking);
        }
        if (!Files.isRegularFile(complete)) {
            throw new IOException("The unpacked PostgreSQL binaries in " + target + " have no " + complete);
        }
        return target;
    }

    private static void extract(TarArchiveInputStream tar, Path target) throws IOException {
        // Hard links may name files that come later in the archive.
        List<TarArchiveEntry> hardLinks = new ArrayList<>();
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            Path path = inside(target, entry.getName());
            if (entry.isDirectory()) {
                Files.createDirectories(path);
                setMode(path, entry.getMode());
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(path.getParent());
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else if (entry.isLink()) {
                hardLinks.add(entry);
            } else {
                Files.createDirectories(path.getParent());
                Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                setMode(path, entry.getMode());
            }
        }
        for (TarArchiveEntry link : hardLinks) {
            Files.createLink(inside(target, link.getName()), inside(target, link.getLinkName()));
        }
    }

    private static Path inside(Path root, String name) throws IOException {
        Path resolved = root.resolve(name).normalize();
        if (!resolved.startsWith(root)) {
            throw new IOException("Archive entry outside the target directory: " + name);
        }
        return resolved;
    }

    /** Unix permission bits; nothing to do where the file system has none (Windows). */
    private static void setMode(Path path, int mode) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] fromLowestBit = PosixFilePermission.values();
        for (int bit = 0; bit < 9; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(fromLowestBit[fromLowestBit.length - 1 - bit]);
            }
        }
        view.setPermissions(permissions);
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
