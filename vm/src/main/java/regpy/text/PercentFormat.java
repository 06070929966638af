package regpy.text;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args}. One engine serves both:
 * a bytes format is processed as a Latin-1 string. The VM supplies the right operand
 * ({@link Args}) and the object protocol ({@link Conversions}); everything else, including
 * CPython's error messages, is here.
 */
public final class PercentFormat {
    private PercentFormat() {}

    /** The right operand of %. */
    public interface Args {
        /** The tuple's length, or -1 when the operand is a single object that is not a tuple. */
        int size();
        /** Item i of the tuple; with size() == -1, get(0) is the single object. */
        Object get(int i);
        /** True when the operand is a mapping usable for %(key)s (has __getitem__, not a tuple, str or bytes). */
        boolean isMapping();
        /** operand[key] for a str format (the VM raises KeyError itself). */
        Object getItem(String key);
        /** operand[key] for a bytes format, key being the bytes between the parentheses. */
        Object getItem(byte[] key);
    }

    /** The object protocol the conversions need. */
    public interface Conversions {
        String str(Object o);
        String repr(Object o);
        String ascii(Object o);
        /** type(o).__name__ for messages. */
        String typeName(Object o);
        /** o's value (Long or BigInteger) when o is an int instance (bool included), else null. */
        Number exactInt(Object o);
        /**
         * The integer for %d/%i/%u (int(o) of a number: index false) or %o/%x/%X (o.__index__():
         * index true); null when o is not a number (or has no __index__), which becomes the TypeError.
         */
        Number toInt(Object o, boolean index);
        /** float(o) for %e/%f/%g, null when o is not a real number. */
        Double toFloat(Object o);
        /** o's value when o is a str, else null. */
        String exactStr(Object o);
        /** For bytes %s/%b: the bytes of a bytes-like object or of o.__bytes__(), null otherwise. */
        byte[] toBytes(Object o);
    }

    /** str % args */
    public static String format(String fmt, Args args, Conversions conv) {
        return new Engine(fmt, args, conv, false).run();
    }

    /** bytes % args (also bytearray % args; the VM wraps the result type). */
    public static byte[] format(byte[] fmt, Args args, Conversions conv) {
        String text = new String(fmt, StandardCharsets.ISO_8859_1);
        return new Engine(text, args, conv, true).run().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final int LEFT = 1, SIGN = 2, BLANK = 4, ALT = 8, ZERO = 16;

    private static final class Engine {
        final String fmt;
        final int[] cps;
        final Args args;
        final Conversions conv;
        final boolean bytes;
        // CPython's argument cursor: a tuple with argLen items, or (argLen -1) one object, `single`,
        // which a %(key) lookup replaces with the value found.
        int argLen;
        int argIdx;
        Object single;
        boolean dict;
        final StringBuilder out;

        Engine(String fmt, Args args, Conversions conv, boolean bytes) {
            this.fmt = fmt;
            this.cps = fmt.codePoints().toArray();
            this.args = args;
            this.conv = conv;
            this.bytes = bytes;
            this.argLen = args.size();
            this.argIdx = argLen < 0 ? -2 : 0;
            this.single = argLen < 0 ? args.get(0) : null;
            this.out = new StringBuilder(fmt.length() + 16);
        }

        Object nextArg() {
            if (argIdx < argLen) {
                argIdx++;
                return argLen < 0 ? single : args.get(argIdx - 1);
            }
            throw TextError.typeError("not enough arguments for format string");
        }

        String run() {
            dict = args.isMapping();
            int n = cps.length, i = 0;
            while (i < n) {
                int c = cps[i];
                if (c != '%') { out.appendCodePoint(c); i++; continue; }
                i = conversion(i + 1);
            }
            if (argIdx < argLen && !dict) {
                throw TextError.typeError("not all arguments converted during string formatting");
            }
            return out.toString();
        }

        /** Handles one conversion whose text starts after the '%' at i; returns the index after it. */
        int conversion(int i) {
            int n = cps.length;
            if (i < n && cps[i] == '%') { out.append('%'); return i + 1; }
            if (i < n && cps[i] == '(') {
                if (!dict) throw TextError.typeError("format requires a mapping");
                int depth = 1, start = ++i;
                while (i < n && depth > 0) {
                    if (cps[i] == '(') depth++;
                    else if (cps[i] == ')') depth--;
                    i++;
                }
                if (depth > 0) throw TextError.valueError("incomplete format key");
                String key = new String(cps, start, i - 1 - start);
                single = bytes ? args.getItem(key.getBytes(StandardCharsets.ISO_8859_1)) : args.getItem(key);
                argLen = -1;
                argIdx = -2;
            }
            int flags = 0;
            flagLoop:
            while (i < n) {
                switch (cps[i]) {
                    case '-' -> flags |= LEFT;
                    case '+' -> flags |= SIGN;
                    case ' ' -> flags |= BLANK;
                    case '#' -> flags |= ALT;
                    case '0' -> flags |= ZERO;
                    default -> { break flagLoop; }
                }
                i++;
            }
            long width = -1, prec = -1;
            if (i < n && cps[i] == '*') {
                width = starArg();
                if (width < 0) { flags |= LEFT; width = -width; }
                i++;
            } else {
                int start = i;
                while (i < n && cps[i] >= '0' && cps[i] <= '9') i++;
                if (i > start) width = count(start, i, "width too big");
            }
            if (i < n && cps[i] == '.') {
                i++;
                if (i < n && cps[i] == '*') {
                    prec = starArg();
                    if (prec < 0) prec = 0;
                    i++;
                } else {
                    int start = i;
                    while (i < n && cps[i] >= '0' && cps[i] <= '9') i++;
                    prec = i > start ? count(start, i, "precision too big") : 0;
                }
            }
            // C length modifiers are accepted and ignored ("%ld").
            if (i < n && (cps[i] == 'h' || cps[i] == 'l' || cps[i] == 'L')) i++;
            if (i >= n) throw TextError.valueError("incomplete format");
            int c = cps[i];
            if (bytes && c > 127) throw TextError.overflowError("character argument not in range(0x110000)");
            emit(c, i, nextArg(), flags, width, prec);
            return i + 1;
        }

        long starArg() {
            Number w = conv.exactInt(nextArg());
            if (w == null) throw TextError.typeError("* wants int");
            if (w instanceof BigInteger b && b.bitLength() > 62) throw TextError.valueError("width too big");
            return w.longValue();
        }

        long count(int from, int to, String tooBig) {
            long v = 0;
            for (int k = from; k < to; k++) {
                v = v * 10 + (cps[k] - '0');
                if (v > Integer.MAX_VALUE) throw TextError.valueError(tooBig);
            }
            return v;
        }

        void emit(int c, int index, Object v, int flags, long width, long prec) {
            switch (c) {
                case 's', 'r', 'a', 'b' -> {
                    String s;
                    // bytes has no text repr: its %r is ascii(), like its %a
                    if (c == 'r' || c == 'a') s = bytes || c == 'a' ? conv.ascii(v) : conv.repr(v);
                    else if (bytes) s = latin1(bytesOf(v));
                    else if (c == 'b') throw unsupported(c, index);
                    else s = conv.str(v);
                    if (prec >= 0) {
                        int len = CodePoints.length(s);
                        if (prec < len) s = s.substring(0, CodePoints.offset(s, len, (int) prec));
                    }
                    pad("", s, flags & ~ZERO, width);
                }
                case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                    boolean indexOnly = c == 'o' || c == 'x' || c == 'X';
                    Number num = conv.exactInt(v);
                    if (num == null) num = conv.toInt(v, indexOnly);
                    if (num == null) {
                        throw TextError.typeError("%" + (char) c + " format: "
                                + (indexOnly ? "an integer is required" : "a real number is required") + ", not " + conv.typeName(v));
                    }
                    formatInt(c, big(num), flags, width, prec);
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    Double d = conv.toFloat(v);
                    if (d == null) throw TextError.typeError("must be real number, not " + conv.typeName(v));
                    String s = FloatFormat.convert(d, c, (int) (prec < 0 ? 6 : prec), (flags & ALT) != 0, false, false);
                    signed(s, "", flags, width);
                }
                case 'c' -> pad("", character(v), flags & ~ZERO, width);
                default -> throw unsupported(c, index);
            }
        }

        TextError unsupported(int c, int index) {
            char shown = c < 128 ? (char) c : '?';
            return TextError.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(c)
                    + ") at index " + index);
        }

        String character(Object v) {
            if (bytes) {
                Number num = conv.exactInt(v);
                if (num != null) {
                    BigInteger b = big(num);
                    if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(255)) > 0) {
                        throw TextError.overflowError("%c arg not in range(256)");
                    }
                    return String.valueOf((char) b.intValue());
                }
                byte[] one = conv.exactStr(v) == null ? conv.toBytes(v) : null;
                if (one != null && one.length == 1) return String.valueOf((char) (one[0] & 0xff));
                throw TextError.typeError("%c requires an integer in range(256) or a single byte");
            }
            Number num = conv.exactInt(v);
            if (num != null) {
                BigInteger b = big(num);
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw TextError.overflowError("%c arg not in range(0x110000)");
                }
                return CodePoints.fromCodePoint(b.intValue());
            }
            String s = conv.exactStr(v);
            if (s != null && CodePoints.length(s) == 1) return s;
            throw TextError.typeError("%c requires int or char");
        }

        byte[] bytesOf(Object v) {
            byte[] b = conv.toBytes(v);
            if (b == null) {
                throw TextError.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                        + conv.typeName(v) + "'");
            }
            return b;
        }

        void formatInt(int c, BigInteger v, int flags, long width, long prec) {
            int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
            String digits = base == 10 ? IntFormat.toDecimal(v.abs()) : v.abs().toString(base);
            if (c == 'X') digits = digits.toUpperCase();
            if (prec > digits.length()) digits = "0".repeat((int) (prec - digits.length())) + digits;
            String prefix = (flags & ALT) == 0 ? "" : c == 'o' ? "0o" : c == 'x' ? "0x" : c == 'X' ? "0X" : "";
            signed((v.signum() < 0 ? "-" : "") + digits, prefix, flags, width);
        }

        /** Emits a number: sign from the text or the flags, then prefix, zero or space padding. */
        void signed(String s, String prefix, int flags, long width) {
            String sign = "";
            if (s.startsWith("-")) { sign = "-"; s = s.substring(1); }
            else if ((flags & SIGN) != 0) sign = "+";
            else if ((flags & BLANK) != 0) sign = " ";
            pad(sign + prefix, s, flags, width);
        }

        void pad(String lead, String body, int flags, long width) {
            long len = lead.length() + CodePoints.length(body);
            long fill = width > len ? width - len : 0;
            if (fill > Integer.MAX_VALUE - out.length() - 16) throw new TextError("MemoryError", "");
            if ((flags & LEFT) != 0) {
                out.append(lead).append(body).repeat(' ', (int) fill);
            } else if ((flags & ZERO) != 0) {
                out.append(lead).repeat('0', (int) fill).append(body);
            } else {
                out.repeat(' ', (int) fill).append(lead).append(body);
            }
        }

        private String latin1(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }
    }

    private static BigInteger big(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }
}
