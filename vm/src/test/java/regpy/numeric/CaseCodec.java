package regpy.numeric;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import regpy.code.Repr;

/**
 * The typed text encoding of numeric_cases.tsv (see gen_cases.py): decodes CPython's inputs
 * and encodes our results the same way, so that a case passes when the two strings are equal.
 * Floats are written with repr(), which round-trips, so equal text means equal bits (the sign
 * of a NaN aside).
 */
final class CaseCodec {
    private CaseCodec() {}

    static Object decode(String s) {
        String body = s.substring(2);
        return switch (s.charAt(0)) {
            case 'i' -> IntOps.normalize(new BigInteger(body));
            case 'f' -> parseFloat(body);
            case 'b' -> Boolean.parseBoolean(body.toLowerCase());
            case 's' -> body;
            case 'u' -> new String(HexFormat.of().parseHex(body), java.nio.charset.StandardCharsets.UTF_8);
            case 'y' -> HexFormat.of().parseHex(body);
            case 'n' -> null;
            case 'c' -> {
                int comma = body.indexOf(',');
                yield new Complex(parseFloat(body.substring(0, comma)), parseFloat(body.substring(comma + 1)));
            }
            case 'l', 't' -> {
                List<Object> items = new ArrayList<>();
                if (!body.isEmpty()) for (String part : body.split("\\|")) items.add(decode(part));
                yield items;
            }
            default -> throw new IllegalArgumentException("bad value: " + s);
        };
    }

    private static double parseFloat(String repr) {
        return switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(repr);
        };
    }

    static String encode(Object v) {
        return switch (v) {
            case null -> "n:";
            case Boolean b -> b ? "b:True" : "b:False";
            case Long l -> "i:" + l;
            case BigInteger b -> {
                if (b.bitLength() <= 63) throw new AssertionError("not normalised: " + b);
                yield "i:" + b;
            }
            case Double d -> "f:" + Repr.floatRepr(d);
            case String str -> isPlain(str) ? "s:" + str
                : "u:" + HexFormat.of().formatHex(str.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case byte[] bytes -> "y:" + HexFormat.of().formatHex(bytes);
            case Complex c -> "c:" + Repr.floatRepr(c.real()) + "," + Repr.floatRepr(c.imag());
            case IntOps.DivMod d -> tuple(d.quotient(), d.remainder());
            case FloatOps.FloatDivMod d -> tuple(d.quotient(), d.remainder());
            case FloatOps.IntRatio r -> tuple(r.numerator(), r.denominator());
            case MathFunctions.Frexp f -> tuple(f.mantissa(), f.exponent());
            case double[] ds -> {
                Object[] boxed = new Object[ds.length];
                for (int i = 0; i < ds.length; i++) boxed[i] = ds[i];
                yield tuple(boxed);
            }
            default -> throw new IllegalArgumentException("cannot encode " + v.getClass());
        };
    }

    /** What gen_cases.py writes as s: (printable ASCII without '|'); the rest goes as UTF-8 hex. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '|') return false;
        }
        return true;
    }

    private static String tuple(Object... items) {
        StringBuilder sb = new StringBuilder("t:");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append('|');
            sb.append(encode(items[i]));
        }
        return sb.toString();
    }
}
