package io.kiosque.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * PostgreSQL's programs refuse to run as root, and developer containers and CI run as root: there, Kiosque runs them as
 * {@code nobody} (with util-linux's {@code setpriv}) and hands the data directory to that user. Everywhere else they
 * run as the JVM's own user.
 *
 * @param prefix
 *            what runs a program as nobody, or nothing
 * @param uid
 *            nobody's user id, or -1 when programs run as ourselves
 */
record RunAs(List<String> prefix, int uid, int gid) {

    static final RunAs OURSELVES = new RunAs(List.of(), -1, -1);

    static RunAs detect() {
        if (!isRoot()) {
            return OURSELVES;
        }
        int uid = idOfNobody("-u");
        int gid = idOfNobody("-g");
        return new RunAs(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"), uid, gid);
    }

    /**
     * As root, hands the data directory to nobody (it may come from a run as another user), private as PostgreSQL
     * requires. Running as ourselves, initdb and the directory's history took care of it.
     */
    void own(Path dataDir) throws IOException {
        if (uid < 0) {
            return;
        }
        if (!Integer.valueOf(uid).equals(Files.getAttribute(dataDir, "unix:uid", LinkOption.NOFOLLOW_LINKS))) {
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
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
    }

    /** What to add to an error when a program run as nobody failed. */
    String hint(Path dataDir) {
        return uid < 0
                ? ""
                : " (run as nobody because the JVM runs as root: nobody must be able to reach " + dataDir
                        + ", so every directory above it needs o+x)";
    }

    private void chown(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isRoot() {
        try {
            // The owner of /proc/self is our effective uid (Linux, where containers run as root).
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException notLinux) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int idOfNobody(String flag) {
        try {
            Process id = new ProcessBuilder("id", flag, "nobody").redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (id.waitFor() == 0) {
                return Integer.parseInt(out);
            }
        } catch (IOException | NumberFormatException e) {
            // The conventional id below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 65534;
    }
}
