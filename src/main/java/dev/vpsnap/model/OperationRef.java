package dev.vpsnap.model;

import dev.vpsnap.error.VpsnapException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A typed reference to a provider operation: the provider's {@link Schema}, the kind (one of {@link OperationKinds},
 * or null for a legacy id that does not say), and the parts the kind's {@link Form} names, in order. It is what
 * {@code snapshot wait --operation ID} resumes from, so it carries everything the adapter needs to poll.
 * <p>ONE codec for every provider: {@code TOKEN:PART:PART...}, where the token is the one the schema writes the kind
 * with ({@code create}, {@code snapshot.create}, ...) and free-text parts (a Hivelocity snapshot name) are
 * URL-encoded so a {@code :} or a space cannot break the id. A form without a token (a bare Hivelocity task id, a
 * legacy Hostinger {@code VM:ACTION}) is written as its parts alone. Each provider's schema is data: its forms, their
 * parts and validators, and the legacy spellings still accepted, so ids printed by earlier versions still resume.
 *
 * @param schema the provider's schema (where {@link #encode} looks up the token)
 * @param form   the form this ref was made or parsed with
 * @param values the parts, decoded, in the form's order
 */
public record OperationRef(Schema schema, Form form, List<String> values) {

    public OperationRef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(form, "form");
        values = List.copyOf(values);
        if (values.size() != form.parts().size()) {
            throw new IllegalArgumentException(form.kind() + " takes " + form.parts().size() + " parts, not " + values);
        }
    }

    public String provider() {
        return schema.provider();
    }

    /** The operation kind, or null for a legacy id that does not say. */
    public String kind() {
        return form.kind();
    }

    public boolean is(String kind) {
        return kind.equals(form.kind());
    }

    /** The part named {@code name}. */
    public String part(String name) {
        int i = form.index(name);
        if (i < 0) {
            throw new IllegalArgumentException(form.describe() + " has no part " + name);
        }
        return values.get(i);
    }

    /** The part named {@code name}, or null when this ref's form has none. */
    public String partOrNull(String name) {
        int i = form.index(name);
        return i < 0 ? null : values.get(i);
    }

    /** The id vpsnap prints: the form's token (if any) and the parts, free-text parts URL-encoded. */
    public String encode() {
        List<String> words = new ArrayList<>();
        if (form.token() != null) {
            words.add(form.token());
        }
        for (int i = 0; i < values.size(); i++) {
            words.add(form.parts().get(i).text() ? URLEncoder.encode(values.get(i), StandardCharsets.UTF_8) : values.get(i));
        }
        return String.join(":", words);
    }

    @Override
    public String toString() {
        return encode();
    }

    /**
     * One part of a form: its name (printed upper-case in the expected forms of an error), what it accepts (checked
     * on the decoded value), and whether it is free text (URL-encoded in the id).
     */
    public record Part(String name, Predicate<String> valid, boolean text) {
        private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

        /** A positive decimal number of up to 18 digits. */
        public static Part number(String name) {
            return new Part(name, v -> DIGITS.matcher(v).matches() && !v.chars().allMatch(c -> c == '0'), false);
        }

        /** A part accepted by {@code valid} (an id the provider puts in a URL path, a list, ...). */
        public static Part of(String name, Predicate<String> valid) {
            return new Part(name, valid, false);
        }

        /** Free text, not empty: URL-encoded in the id. */
        public static Part text(String name) {
            return new Part(name, v -> !v.isEmpty(), true);
        }
    }

    /**
     * How one kind is written: its token (null: no token, the parts alone), the parts that follow, and older tokens
     * still accepted when parsing.
     *
     * @param kind    the operation kind, null for a legacy form that does not say
     * @param token   the word the id starts with, null for none
     * @param parts   the parts after the token
     * @param aliases legacy tokens parsed as this form (never printed)
     */
    public record Form(String kind, String token, List<Part> parts, List<String> aliases) {
        public Form {
            parts = List.copyOf(parts);
            aliases = List.copyOf(aliases);
        }

        public static Form of(String kind, String token, Part... parts) {
            return new Form(kind, token, List.of(parts), List.of());
        }

        /** A legacy form without a token and without a kind (a bare task id, Hostinger's old {@code VM:ACTION}). */
        public static Form bare(Part... parts) {
            return new Form(null, null, List.of(parts), List.of());
        }

        public Form alsoAccepting(String... legacyTokens) {
            return new Form(kind, token, parts, List.of(legacyTokens));
        }

        int index(String name) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        boolean accepts(String word) {
            return word.equals(token) || aliases.contains(word);
        }

        String shape() {
            return String.join(":", parts.stream().map(p -> p.name().toUpperCase(java.util.Locale.ROOT)).toList());
        }

        String describe() {
            return token == null ? shape() : token + ":" + shape();
        }
    }

    /**
     * A provider's operation ids: its forms (one per kind, plus legacy ones), in the order the error message names
     * them. Parsing tries the forms whose token starts the id, then the token-less ones.
     *
     * @param provider the provider id ({@code hivelocity}, ...)
     * @param label    how error messages name it ({@code vps.org})
     * @param forms    every form the provider's ids take
     * @param example  an id an error message shows as an example, or null
     */
    public record Schema(String provider, String label, List<Form> forms, String example) {
        public Schema {
            forms = List.copyOf(forms);
        }

        public static Schema of(String provider, String label, Form... forms) {
            return new Schema(provider, label, Arrays.asList(forms), null);
        }

        public Schema withExample(String id) {
            return new Schema(provider, label, forms, id);
        }

        /** The form a new operation of {@code kind} is written with. */
        public Form form(String kind) {
            return forms.stream().filter(f -> Objects.equals(kind, f.kind()) && f.token() != null).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(provider + " has no operation form for " + kind));
        }

        /** A new ref of {@code kind} from its parts, in the form's order (validated: a bug here is not a usage error). */
        public OperationRef ref(String kind, String... values) {
            Form form = form(kind);
            OperationRef ref = new OperationRef(this, form, Arrays.asList(values));
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null || !form.parts().get(i).valid().test(values[i])) {
                    throw new IllegalArgumentException("invalid " + form.parts().get(i).name() + " for " + kind
                            + ": " + values[i]);
                }
            }
            return ref;
        }

        /** The ref an operation carries, or its id parsed when it carries none (or another provider's). */
        public OperationRef of(Operation op) {
            return op.ref() != null && op.ref().schema() == this ? op.ref() : parse(op.id());
        }

        /** Parses an id; anything else is a usage error (exit 2) naming this provider's forms, on one line. */
        public OperationRef parse(String id) {
            String s = id == null ? "" : id.strip();
            String[] words = s.isEmpty() ? new String[0] : s.split(":", -1);
            if (words.length > 0) {
                for (Form f : forms) {
                    if (f.token() != null && f.accepts(words[0]) && words.length == f.parts().size() + 1) {
                        return checked(f, Arrays.asList(words).subList(1, words.length), id);
                    }
                }
                for (Form f : forms) {
                    if (f.token() == null && words.length == f.parts().size()
                            && forms.stream().noneMatch(t -> t.token() != null && t.accepts(words[0]))) {
                        return checked(f, Arrays.asList(words), id);
                    }
                }
            }
            throw invalid(id);
        }

        private OperationRef checked(Form f, List<String> words, String id) {
            List<String> values = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                Part p = f.parts().get(i);
                String v = p.text() ? decode(words.get(i), id) : words.get(i);
                if (!p.valid().test(v)) {
                    throw invalid(id);
                }
                values.add(v);
            }
            return new OperationRef(this, f, values);
        }

        private String decode(String encoded, String id) {
            try {
                return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw invalid(id);
            }
        }

        /** The forms as an error names them: kinds with the same parts grouped ({@code restore|delete:TASK_ID:ID}). */
        public String expected() {
            Map<String, List<String>> byShape = new LinkedHashMap<>();
            for (Form f : forms) {
                byShape.computeIfAbsent(f.shape(), k -> new ArrayList<>()).add(f.token());
            }
            List<String> out = new ArrayList<>();
            byShape.forEach((shape, tokens) -> {
                List<String> named = tokens.stream().filter(Objects::nonNull).toList();
                if (named.size() < tokens.size()) {
                    out.add(shape);
                }
                if (!named.isEmpty()) {
                    out.add(String.join("|", named) + ":" + shape);
                }
            });
            return String.join(", ", out) + (example == null ? "" : ", e.g. " + example);
        }

        private VpsnapException invalid(String id) {
            String shown = id == null ? "" : id.length() > 80 ? id.substring(0, 80) + "..." : id;
            shown = shown.replaceAll("\\p{Cntrl}", "?");
            return VpsnapException.usage("'" + shown + "' is not a " + label + " operation id (expected " + expected() + ")");
        }
    }
}
