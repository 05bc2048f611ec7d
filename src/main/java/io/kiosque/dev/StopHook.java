package io.kiosque.dev;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops the server when the JVM exits. It touches JDK classes only: in dev mode the class loader that registered it may
 * be closed by then.
 */
final class StopHook extends Thread {

    private final List<String> command;
    private final Path installDir;
    private final FileChannel lock;
    private boolean done;

    StopHook(List<String> command, Path installDir, FileChannel lock) {
        super("kiosque-embedded-postgres-stop");
        this.command = List.copyOf(command);
        this.installDir = installDir;
        this.lock = lock;
    }

    @Override
    public synchronized void run() {
        if (!done) {
            done = true;
            stop(command, installDir);
            try {
                lock.close();
            } catch (IOException e) {
                // Exiting releases it anyway.
            }
        }
    }

    /** What a JVM killed with -9 does: releases the lock, leaves the server running. */
    synchronized void abandon() throws IOException {
        done = true;
        lock.close();
    }

    static void stop(List<String> command, Path installDir) {
        try {
            Process process = new ProcessBuilder(command).directory(installDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(70, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            System.err.println("Could not stop the embedded PostgreSQL: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
