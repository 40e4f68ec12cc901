package dev.vpsnap.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpsnap.common.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one writer every stderr line goes through ({@code Environment.err()} is this). It is a {@link PrintWriter}, so
 * existing {@code err.println("vpsnap: …")} calls need no change, and it turns what it is given into lines:
 * <ul>
 *   <li>every line is scrubbed by the {@link #configure configured} redactor (API keys, the ping URL);</li>
 *   <li>control characters are escaped ({@code ESC} → {@code \x1b}, {@code BEL} → {@code \x07}, C1, bidi overrides,
 *       U+2028/9), and a line break inside one {@link #println(String)} argument is folded to {@code \n}: a crafted id
 *       or a provider message cannot colour the terminal or forge a second {@code vpsnap:} line;</li>
 *   <li>{@code --log-format text} without a terminal: each line starts with an RFC 3339 UTC timestamp; on a terminal
 *       lines are as written, and a carriage return at the start or end of a chunk (a spinner) is kept;</li>
 *   <li>{@code --log-format json}: each line is one JSON object {@code {"ts","level","event","message",…fields}};
 *       spinner frames are dropped, blank lines too.</li>
 * </ul>
 * Code that knows what it says uses {@link #emit} (level, event, fields) or {@link #error}; plain lines are classified
 * by {@link Sink#classify}: {@code vpsnap: warning: …} is a warning, the {@code -v} wire line an {@code http} event, the
 * multi-target {@code N ok, M failed} a {@code summary}, any other {@code vpsnap: …} line a {@code note}, and lines
 * without the prefix ({@code --debug} headers, bodies, stack traces) {@code debug}.
 */
public final class StderrLog extends PrintWriter {
    /** {@code --log-format}. */
    public enum Format {
        TEXT, JSON;

        /** The format named {@code text} or {@code json} (any case); null for anything else. */
        public static Format parse(String s) {
            if (s == null) {
                return null;
            }
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "text" -> TEXT;
                case "json" -> JSON;
                default -> null;
            };
        }
    }

    public enum Level {
        DEBUG, INFO, WARN, ERROR;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Sink sink;

    public StderrLog(Writer target, Clock clock, boolean terminal) {
        this(new Sink(target, clock, terminal));
    }

    private StderrLog(Sink sink) {
        super(sink, true);
        this.sink = sink;
    }

    /** {@code w} itself when it already is the stderr writer, else the writer around it (tests' own streams). */
    public static StderrLog wrap(PrintWriter w, Clock clock, boolean terminal) {
        return w instanceof StderrLog log ? log : new StderrLog(w, clock, terminal);
    }

    /** Sets the format and the redactor (applied to every line from now on). */
    public void configure(Format format, UnaryOperator<String> scrub) {
        synchronized (lock) {
            sink.format = format == null ? Format.TEXT : format;
            sink.scrub = scrub == null ? UnaryOperator.identity() : scrub;
        }
    }

    public Format format() {
        return sink.format;
    }

    /**
     * A progress frame on a terminal: the line is cleared ({@code CR}, erase-line) and {@code frame} (escaped) drawn in
     * its place; an empty frame only clears it. Off a terminal, or in json, nothing is written: frames are not lines.
     */
    public void frame(String frame) {
        synchronized (lock) {
            if (sink.raw()) {
                sink.put("\r\u001b[K" + escape(frame));
                try {
                    sink.target.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Whether stderr is a terminal (no timestamps, spinners shown). */
    public boolean terminal() {
        return sink.terminal;
    }

    /** The message of the last error line, or null: what the ping summary repeats. */
    public String lastError() {
        return sink.lastError;
    }

    /** The last multi-target summary ({@code 3 ok, 1 failed}), or null. */
    public String lastSummary() {
        return sink.lastSummary;
    }

    /**
     * One line that knows what it is: in text {@code vpsnap: <message>}, in json an object with these fields (values are
     * strings, numbers, booleans, null or JSON trees; strings are redacted and escaped like the message).
     */
    public void emit(Level level, String event, String message, Map<String, ?> fields) {
        synchronized (lock) {
            sink.endPartial();
            sink.event(level, event, message, fields == null ? Map.of() : fields);
            super.flush();
        }
    }

    /**
     * The command's failure: {@code textLine} (a whole {@code vpsnap: …} line) in text; with {@code document} true (under
     * {@code -o json}) the document {@code {"error":{…}}} itself, on one line and without a timestamp, so stderr stays
     * one JSON object; in json log format an {@code error} event carrying the same {@code error} object.
     */
    public void error(String textLine, ObjectNode document, boolean asDocument) {
        synchronized (lock) {
            sink.endPartial();
            sink.lastError = Sink.stripPrefix(sink.clean(textLine));
            if (sink.format == Format.JSON) {
                Map<String, Object> fields = new LinkedHashMap<>();
                document.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
                sink.event(Level.ERROR, "error", Sink.stripPrefix(textLine), fields);
            } else if (asDocument) {
                sink.put(sink.scrub.apply(document.toString()) + "\n");
            } else {
                sink.line(textLine);
            }
            super.flush();
        }
    }

    /** One logical line: a line break inside {@code x} is folded, never a second line. */
    @Override
    public void println(String x) {
        synchronized (lock) {
            super.print(foldBreaks(x));
            super.println();
        }
    }

    @Override
    public void println(Object x) {
        println(String.valueOf(x));
    }

    static String foldBreaks(String s) {
        return s == null ? "null" : s.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** Escapes what a terminal would act on: C0 (but tab) and C1 controls, DEL, bidi overrides, line separators. */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '\n') {
                rep = "\\n";
            } else if (c == '\r') {
                rep = "\\r";
            } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
                rep = String.format("\\x%02x", (int) c);
            } else if ((c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)) {
                rep = String.format("\\u%04x", (int) c);
            }
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                b.append(rep != null ? rep : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    /** Receives every character the {@link PrintWriter} writes and turns it into lines. */
    private static final class Sink extends Writer {
        private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
                .withZone(ZoneOffset.UTC);
        private static final String PREFIX = "vpsnap: ";
        private static final Pattern WIRE = Pattern.compile(
                "(GET|POST|PUT|PATCH|DELETE|HEAD) (\\S+) -> (?:(\\d{3})|failed: (\\S+)) \\((\\d+) ms\\)");
        private static final Pattern SUMMARY = Pattern.compile("(\\d+) ok, (\\d+) failed");

        private final Writer target;
        private final Clock clock;
        private final boolean terminal;
        private final StringBuilder buf = new StringBuilder();
        private Format format = Format.TEXT;
        private UnaryOperator<String> scrub = UnaryOperator.identity();
        /** The current line's start was already written (a prompt flushed before its newline). */
        private boolean started;
        /** The buffer holds a spinner frame (after a carriage return): overwritten, never a line off a terminal. */
        private boolean ephemeral;
        private String lastError;
        private String lastSummary;

        Sink(Writer target, Clock clock, boolean terminal) {
            this.target = target;
            this.clock = clock;
            this.terminal = terminal;
        }

        boolean raw() {
            return terminal && format == Format.TEXT;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            for (int i = 0; i < len; i++) {
                char c = cbuf[off + i];
                if (c == '\n') {
                    newline();
                } else if (c == '\r' && (i == 0 || i == len - 1)) {
                    carriageReturn();
                } else {
                    buf.append(c);
                }
            }
        }

        private void newline() {
            String text = buf.toString();
            buf.setLength(0);
            boolean wasEphemeral = ephemeral;
            ephemeral = false;
            if (raw()) {
                put(clean(text) + "\n");
            } else if (text.isBlank() && !started) {
                if (format == Format.TEXT && !wasEphemeral) {
                    put("\n");
                }
            } else {
                line(text);
            }
            started = false;
        }

        private void carriageReturn() {
            if (raw()) {
                put(clean(buf.toString()) + "\r");
                buf.setLength(0);
                return;
            }
            buf.setLength(0);
            ephemeral = true;
        }

        /** A flush with a partial line (a prompt): written now, the rest of the line follows without a new prefix. */
        @Override
        public void flush() {
            if (buf.length() > 0 && (raw() || !ephemeral)) {
                String text = buf.toString();
                buf.setLength(0);
                if (raw() || started) {
                    put(clean(text));
                } else if (format == Format.JSON) {
                    event(Level.INFO, "prompt", stripPrefix(text), Map.of());
                } else {
                    put(TS.format(clock.instant()) + " " + clean(text));
                }
                started = true;
            }
            try {
                target.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ends a partial line before a structured one. */
        void endPartial() {
            if (started || (buf.length() > 0 && !ephemeral)) {
                newline();
            }
            buf.setLength(0);
            ephemeral = false;
        }

        String clean(String text) {
            String red = Ansi.errorPrefix(true); // our own red error prefix (--color) is the one escape kept
            return text.startsWith(red) ? red + escape(scrub.apply(text.substring(red.length())))
                    : escape(scrub.apply(text));
        }

        static String stripPrefix(String text) {
            return text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
        }

        /** One whole line of plain text, in the current format. */
        void line(String text) {
            if (format == Format.JSON) {
                if (!text.isBlank()) {
                    classify(text);
                }
                return;
            }
            String c = clean(text);
            if (SUMMARY.matcher(stripPrefix(c)).matches()) {
                lastSummary = stripPrefix(c);
            }
            put((terminal || started ? "" : TS.format(clock.instant()) + " ") + c + "\n");
        }

        /** A plain line as a JSON event (see the class comment). */
        private void classify(String text) {
            if (!text.startsWith(PREFIX)) {
                event(Level.DEBUG, "debug", text, Map.of());
                return;
            }
            String msg = clean(stripPrefix(text));
            Matcher w = WIRE.matcher(msg);
            Matcher s = SUMMARY.matcher(msg);
            if (w.matches()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("method", w.group(1));
                f.put("url", w.group(2));
                f.put("status", w.group(3) == null ? null : Integer.valueOf(w.group(3)));
                f.put("failure", w.group(4));
                f.put("durationMs", Long.valueOf(w.group(5)));
                event(Level.INFO, "http", msg, f);
            } else if (s.matches()) {
                lastSummary = msg;
                event(Level.INFO, "summary", msg, Map.of("ok", Integer.valueOf(s.group(1)), "failed", Integer.valueOf(s.group(2))));
            } else if (msg.startsWith("warning: ")) {
                event(Level.WARN, "warning", msg.substring("warning: ".length()), Map.of());
            } else {
                event(Level.INFO, "note", msg, Map.of());
            }
        }

        void event(Level level, String event, String message, Map<String, ?> fields) {
            String msg = clean(message == null ? "" : message);
            if (level == Level.ERROR) {
                lastError = msg;
            }
            if (format == Format.TEXT) {
                line(PREFIX + (level == Level.WARN ? "warning: " : "") + message);
                return;
            }
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("ts", TS.format(clock.instant()));
            o.put("level", level.json());
            o.put("event", event);
            o.put("message", msg);
            fields.forEach((k, v) -> {
                if (!o.has(k)) {
                    o.set(k, node(v));
                }
            });
            put(o.toString() + "\n");
        }

        private JsonNode node(Object v) {
            if (v instanceof String s) {
                return Json.MAPPER.getNodeFactory().textNode(clean(s));
            }
            if (v instanceof JsonNode n) {
                return n.isTextual() ? Json.MAPPER.getNodeFactory().textNode(clean(n.asText())) : scrubTree(n.deepCopy());
            }
            return Json.MAPPER.valueToTree(v);
        }

        private JsonNode scrubTree(JsonNode n) {
            if (n instanceof ObjectNode o) {
                o.fieldNames().forEachRemaining(k -> o.set(k, node(o.get(k))));
            } else if (n instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    a.set(i, node(a.get(i)));
                }
            }
            return n;
        }

        void put(String s) {
            try {
                target.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
            target.close();
        }
    }
}
