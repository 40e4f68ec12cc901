package dev.vpsnap.config;

import dev.vpsnap.error.ExitCode;
import dev.vpsnap.error.VpsnapException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The real runner: {@code /bin/sh -c COMMAND}, stdin from {@code /dev/null} (so the command cannot eat input meant for
 * vpsnap, e.g. {@code --servers-from -}; pinentry and similar talk to the terminal directly), stdout captured up to
 * 64 KiB (more is refused, never cut and sent). Its stderr is copied to ours through a pipe, not inherited, so a
 * background child it leaves behind cannot hold vpsnap's stderr open after vpsnap exits. The command does not see
 * the API key variables of the other providers ({@link #HIDDEN}). At the timeout the command and its descendants are
 * killed.
 */
public final class ShellCommandRunner implements CommandRunner {
    static final int MAX_OUTPUT = 64 * 1024;
    /** Secrets in vpsnap's environment that the key command has no business reading. */
    static final List<String> HIDDEN = List.of("VPSNAP_API_KEY", "HIVELOCITY_API_KEY", "HOSTINGER_API_TOKEN",
            "VPSORG_API_TOKEN", "CORE_API_KEY", "VPSNAP_PING_URL");

    @Override
    public Result run(String command, Duration timeout) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        HIDDEN.forEach(pb.environment()::remove);
        Process process = pb.start();
        daemon("api-key-command-stderr", () -> {
            try (InputStream err = process.getErrorStream()) {
                err.transferTo(System.err);
            } catch (IOException ignored) {
                // the command's own messages are best effort
            }
        });
        CompletableFuture<Captured> stdout = new CompletableFuture<>();
        daemon("api-key-command-stdout", () -> {
            try {
                stdout.complete(readCapped(process.getInputStream()));
            } catch (IOException | RuntimeException e) {
                stdout.completeExceptionally(e);
            }
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                kill(process);
                return new Result(-1, "", true);
            }
            // a background grandchild may keep the pipe open: wait for the output only until the same deadline
            long left = Math.max(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100));
            Captured out;
            try {
                out = stdout.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                kill(process);
                return new Result(process.exitValue(), "", true);
            } catch (ExecutionException e) {
                throw new IOException("reading the command's output failed", e.getCause());
            }
            return new Result(process.exitValue(), out.text(), false, out.tooLarge());
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new VpsnapException(ExitCode.INTERRUPTED, "interrupted while running api_key_command");
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    private record Captured(String text, boolean tooLarge) {
    }

    private static Captured readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) >= 0) {
            total += n;
            int room = MAX_OUTPUT - buf.size();
            if (room > 0) {
                buf.write(chunk, 0, Math.min(n, room));
            }
            // past the cap keep draining so the command never blocks on a full pipe
        }
        return new Captured(buf.toString(StandardCharsets.UTF_8), total > MAX_OUTPUT);
    }
}
