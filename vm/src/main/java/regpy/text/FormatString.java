package regpy.text;

import java.util.ArrayList;
import java.util.List;

/**
 * str.format / str.format_map: the parsing side (like _string.formatter_parser and
 * _string.formatter_field_name_split) and the assembly. The VM supplies lookups, conversions
 * and format() through {@link Fields}. Parsing is lazy, field by field, so errors and side
 * effects come in CPython's order.
 */
public final class FormatString {
    private FormatString() {}

    /**
     * One step of formatter_parser: literal text, then optionally a replacement field.
     * fieldName is null when there is no field; conversion is 0 when none was given.
     */
    public record Chunk(String literal, String fieldName, String formatSpec, int conversion, boolean specHasFields) {}

    /** The pieces of a field name: the first part (Long index or String name) and the accessors after it. */
    public record FieldName(Object first, List<Accessor> rest) {}

    /** '.name' (attribute true) or '[key]' where key is a Long when all digits, else a String. */
    public record Accessor(boolean attribute, Object key) {}

    /** What str.format needs from the object model. */
    public interface Fields {
        /** args[index]; raise {@link #indexOutOfRange} or, for format_map, {@link #positionalInFormatMap}. */
        Object positional(long index);
        /** kwargs[name] (or mapping[name] for format_map), raising KeyError. */
        Object keyword(String name);
        Object attribute(Object obj, String name);
        /** obj[key] with key a Long or a String. */
        Object item(Object obj, Object key);
        /** repr(obj), str(obj) or ascii(obj) for conversion 'r', 's', 'a'. */
        Object convert(Object obj, int conversion);
        /** format(obj, spec). */
        String format(Object obj, String spec);
    }

    public static TextError indexOutOfRange(long index) {
        return TextError.indexError("Replacement index " + index + " out of range for positional args tuple");
    }

    public static TextError positionalInFormatMap() {
        return TextError.valueError("Format string contains positional fields");
    }

    // ---- the markup iterator -------------------------------------------------------------------

    /** Iterates the chunks of a format string (s is walked by code point via an int[] copy). */
    public static final class Markup {
        private final int[] s;
        private int pos;

        public Markup(String text) { this.s = text.codePoints().toArray(); }

        private String text(int from, int to) { return new String(s, from, to - from); }

        /** The next chunk, or null at the end. */
        public Chunk next() {
            int n = s.length;
            if (pos >= n) return null;
            int start = pos, c = 0;
            boolean markup = false;
            while (pos < n) {
                c = s[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            boolean atEnd = pos >= n;
            int len = pos - start;
            if (c == '}' && (atEnd || s[pos] != '}')) throw TextError.valueError("Single '}' encountered in format string");
            if (atEnd && c == '{') throw TextError.valueError("Single '{' encountered in format string");
            if (!atEnd && markup) {
                if (s[pos] == c) { pos++; markup = false; } // '{{' or '}}': the literal keeps one brace
                else len--;
            }
            String literal = text(start, start + len);
            if (!markup) return new Chunk(literal, null, null, 0, false);
            return field(literal);
        }

        /**
         * Reads a replacement field after its '{': the name (where '[...]' may hold any
         * character), then '!' and a conversion, then ':' and a spec with nested braces balanced.
         */
        private Chunk field(String literal) {
            int n = s.length, nameStart = pos, c = 0;
            while (pos < n) {
                c = s[pos++];
                if (c == '{') throw TextError.valueError("unexpected '{' in field name");
                if (c == '[') {
                    while (pos < n && s[pos] != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            if (c != '!' && c != ':') {
                if (c != '}') throw TextError.valueError("expected '}' before end of string");
                return new Chunk(literal, text(nameStart, pos - 1), "", 0, false);
            }
            String name = text(nameStart, pos - 1);
            int conversion = 0;
            if (c == '!') {
                if (pos >= n) throw TextError.valueError("end of string while looking for conversion specifier");
                conversion = s[pos++];
                if (pos < n) {
                    c = s[pos++];
                    if (c == '}') return new Chunk(literal, name, "", conversion, false);
                    if (c != ':') throw TextError.valueError("expected ':' after conversion specifier");
                }
            }
            int specStart = pos, depth = 1;
            boolean nested = false;
            while (pos < n) {
                c = s[pos++];
                if (c == '{') { nested = true; depth++; }
                else if (c == '}' && --depth == 0) return new Chunk(literal, name, text(specStart, pos - 1), conversion, nested);
            }
            throw TextError.valueError("unmatched '{' in format spec");
        }
    }

    /** _string.formatter_parser(s) as a list. */
    public static List<Chunk> parse(String s) {
        List<Chunk> out = new ArrayList<>();
        Markup m = new Markup(s);
        for (Chunk c; (c = m.next()) != null; ) out.add(c);
        return out;
    }

    // ---- field names ---------------------------------------------------------------------------

    /** The cursor over one field name: first part, then '.attr' and '[key]' accessors. */
    private static final class NameCursor {
        final int[] s;
        int pos;

        NameCursor(String name) { s = name.codePoints().toArray(); }

        String first() {
            while (pos < s.length && s[pos] != '.' && s[pos] != '[') pos++;
            return new String(s, 0, pos);
        }

        /** The next accessor, or null at the end. */
        Accessor next() {
            if (pos >= s.length) return null;
            int c = s[pos++];
            int start = pos;
            Object key;
            if (c == '.') {
                while (pos < s.length && s[pos] != '.' && s[pos] != '[') pos++;
                if (pos == start) throw TextError.valueError("Empty attribute in format string");
                return new Accessor(true, new String(s, start, pos - start));
            }
            if (c != '[') throw TextError.valueError("Only '.' or '[' may follow ']' in format field specifier");
            while (pos < s.length && s[pos] != ']') pos++;
            if (pos >= s.length) throw TextError.valueError("Missing ']' in format string");
            String k = new String(s, start, pos - start);
            pos++;
            if (k.isEmpty()) throw TextError.valueError("Empty attribute in format string");
            long idx = integer(k);
            key = idx >= 0 ? (Object) idx : k;
            return new Accessor(false, key);
        }
    }

    /** The value of an all-decimal-digits string (Unicode digits too), or -1. */
    private static long integer(String s) {
        if (s.isEmpty()) return -1;
        long v = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = UnicodeProps.decimalValue(cp);
            if (d < 0) return -1;
            if (v > (Long.MAX_VALUE - d) / 10) throw TextError.valueError("Too many decimal digits in format string");
            v = v * 10 + d;
        }
        return v;
    }

    /** _string.formatter_field_name_split(name): first is a Long for digits, else the String. */
    public static FieldName splitFieldName(String name) {
        NameCursor cur = new NameCursor(name);
        String first = cur.first();
        long idx = integer(first);
        List<Accessor> rest = new ArrayList<>();
        for (Accessor a; (a = cur.next()) != null; ) rest.add(a);
        return new FieldName(idx >= 0 ? (Object) idx : first, rest);
    }

    // ---- assembly ------------------------------------------------------------------------------

    /** Automatic field numbering: '{}' and '{0}' may not be mixed. */
    private static final class AutoNumber {
        int state; // 0 = not yet known, 1 = automatic, 2 = manual
        long next;
    }

    /** str.format(*args, **kwargs) / str.format_map(mapping): the whole assembly. */
    public static String format(String s, Fields fields) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        render(s, fields, 2, new AutoNumber(), out);
        return out.toString();
    }

    private static void render(String s, Fields fields, int depth, AutoNumber auto, StringBuilder out) {
        if (depth <= 0) throw TextError.valueError("Max string recursion exceeded");
        Markup m = new Markup(s);
        for (Chunk c; (c = m.next()) != null; ) {
            out.append(c.literal());
            if (c.fieldName() == null) continue;
            Object obj = lookup(c.fieldName(), fields, auto);
            if (c.conversion() != 0) {
                int conv = c.conversion();
                if (conv != 'r' && conv != 's' && conv != 'a') {
                    String shown = conv > 32 && conv < 127 ? String.valueOf((char) conv) : "\\x" + Integer.toHexString(conv);
                    throw TextError.valueError("Unknown conversion specifier " + shown);
                }
                obj = fields.convert(obj, conv);
            }
            String spec = c.formatSpec();
            if (c.specHasFields()) {
                StringBuilder sb = new StringBuilder();
                render(spec, fields, depth - 1, auto, sb);
                spec = sb.toString();
            }
            out.append(fields.format(obj, spec));
        }
    }

    private static Object lookup(String name, Fields fields, AutoNumber auto) {
        NameCursor cur = new NameCursor(name);
        String first = cur.first();
        long idx = integer(first);
        boolean empty = first.isEmpty();
        if (empty || idx >= 0) {
            if (auto.state == 0) auto.state = empty ? 1 : 2;
            if (auto.state == 2 && empty) {
                throw TextError.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (auto.state == 1 && !empty) {
                throw TextError.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) idx = auto.next++;
        }
        Object obj = idx >= 0 ? fields.positional(idx) : fields.keyword(first);
        for (Accessor a; (a = cur.next()) != null; ) {
            obj = a.attribute() ? fields.attribute(obj, (String) a.key()) : fields.item(obj, a.key());
        }
        return obj;
    }
}
