package regpy.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import regpy.code.Repr;

/**
 * Runs a CPython-generated case file (see gen_text_cases.py): each line names an op, CPython's
 * repr of the result (or "!Class: message"), and tagged arguments. Every op is a lambda over the
 * decoded arguments; the result is compared through Python-style repr.
 */
final class CaseFile {
    private CaseFile() {}

    /** A bytearray argument (bytes arrive as plain byte[]). */
    record ByteArray(byte[] data) {}

    /** A complex argument. */
    record Complex(double re, double im) {}

    static void run(String name, Map<String, Function<Object[], Object>> ops) {
        run(name, ops, false);
    }

    /** With skipUnknownOps, lines whose op has no lambda are skipped (tested elsewhere by hand). */
    static void run(String name, Map<String, Function<Object[], Object>> ops, boolean skipUnknownOps) {
        List<String> failures = new ArrayList<>();
        int count = 0;
        try (InputStream in = CaseFile.class.getResourceAsStream("/text/" + name + ".tsv")) {
            if (in == null) fail("missing resource /text/" + name + ".tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty()) continue;
                count++;
                String[] f = line.split("\t", -1);
                String op = f[0];
                String expected = unescape(f[1]);
                Object[] args = new Object[f.length - 2];
                for (int i = 2; i < f.length; i++) args[i - 2] = decode(f[i]);
                Function<Object[], Object> fn = ops.get(op);
                if (fn == null && skipUnknownOps) { count--; continue; }
                if (fn == null) { failures.add("no op " + op); continue; }
                String actual;
                try {
                    actual = repr(fn.apply(args));
                    // "a:" ops compare ascii(): Repr.str's printability is Java's Unicode, not CPython's.
                    if (op.startsWith("a:")) actual = Ascii.escape(actual);
                } catch (TextError e) {
                    actual = "!" + e.pyType() + ": " + e.getMessage();
                } catch (RuntimeException e) {
                    actual = "!!" + e;
                }
                if (!actual.equals(expected)) {
                    failures.add(op + argsRepr(args) + "\n      expected " + expected + "\n      actual   " + actual);
                }
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + count + " cases of " + name + " differ from CPython:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    private static String argsRepr(Object[] args) {
        List<String> parts = new ArrayList<>();
        for (Object a : args) parts.add(repr(a));
        return "(" + String.join(", ", parts) + ")";
    }

    static Object decode(String f) {
        char tag = f.charAt(0);
        String v = f.substring(1);
        return switch (tag) {
            case 'N' -> null;
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'i' -> new BigInteger(v, 16);
            case 'f' -> parseDouble(v);
            case 'c' -> {
                int comma = v.indexOf(',');
                yield new Complex(parseDouble(v.substring(0, comma)), parseDouble(v.substring(comma + 1)));
            }
            case 'b' -> HexFormat.of().parseHex(v);
            case 'B' -> new ByteArray(HexFormat.of().parseHex(v));
            case 's' -> unescape(v);
            case 't' -> items(v).toArray();
            case 'l' -> items(v);
            case 'd' -> {
                List<Object> kv = items(v);
                Map<Object, Object> d = new java.util.LinkedHashMap<>();
                for (int i = 0; i < kv.size(); i += 2) d.put(kv.get(i), kv.get(i + 1));
                yield d;
            }
            default -> throw new IllegalArgumentException("bad tag " + f);
        };
    }

    /** Container items, each written as LENGTH:TAG. */
    private static List<Object> items(String v) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < v.length(); ) {
            int colon = v.indexOf(':', i);
            int len = Integer.parseInt(v, i, colon, 10);
            out.add(decode(v.substring(colon + 1, colon + 1 + len)));
            i = colon + 1 + len;
        }
        return out;
    }

    private static double parseDouble(String v) {
        return switch (v) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(v);
        };
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            char e = s.charAt(++i);
            switch (e) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                case 'U' -> { sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16)); i += 8; }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** Python's repr of a kernel result. */
    static String repr(Object o) {
        if (o == null) return "None";
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof String s) return Repr.str(s);
        if (o instanceof Double d) return Repr.floatRepr(d);
        if (o instanceof Complex c) return Repr.complex(c.re(), c.im());
        if (o instanceof byte[] b) return Repr.bytes(b);
        if (o instanceof ByteArray b) return "bytearray(" + Repr.bytes(b.data()) + ")";
        if (o instanceof Object[] t) {
            List<String> parts = new ArrayList<>();
            for (Object x : t) parts.add(repr(x));
            return "(" + String.join(", ", parts) + (t.length == 1 ? ",)" : ")");
        }
        if (o instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(repr(k) + ": " + repr(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (o instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object x : l) parts.add(repr(x));
            return "[" + String.join(", ", parts) + "]";
        }
        return o.toString();
    }

    // ---- argument helpers for the op lambdas -----------------------------------------------------

    static String s(Object[] a, int i) { return (String) a[i]; }
    static long l(Object[] a, int i) {
        BigInteger b = (BigInteger) a[i];
        return b.bitLength() < 64 ? b.longValue() : b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    static BigInteger big(Object[] a, int i) { return (BigInteger) a[i]; }
}
