package dev.vpsnap.config;

import java.io.IOException;
import java.time.Duration;

/** Runs an {@code api_key_command}; injectable so tests need no real process. */
public interface CommandRunner {

    /**
     * Runs {@code command} (a shell command line) and captures its stdout; the command's stderr goes to ours.
     *
     * @throws IOException when the command cannot be started
     */
    Result run(String command, Duration timeout) throws IOException;

    /**
     * @param stdout the command's standard output: a secret. {@link #toString()} never shows it
     * @param timedOut true when the command was killed at the timeout ({@code exitStatus} is then meaningless)
     * @param tooLarge true when the output passed the cap: what was kept is a cut key, never to be sent
     */
    record Result(int exitStatus, String stdout, boolean timedOut, boolean tooLarge) {
        public Result(int exitStatus, String stdout, boolean timedOut) {
            this(exitStatus, stdout, timedOut, false);
        }

        @Override
        public String toString() {
            return "Result[exitStatus=" + exitStatus + ", stdout=****, timedOut=" + timedOut + ", tooLarge=" + tooLarge + "]";
        }
    }
}
