package regpy.text;

import java.math.BigInteger;

/** format(int, spec), str(int) and bin/oct/hex, for long and BigInteger values. */
public final class IntFormat {
    private IntFormat() {}

    /** The default limit of sys.set_int_max_str_digits(). */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /**
     * The interpreter-wide sys.set_int_max_str_digits() value (0 = no limit), applied to decimal
     * conversions in both directions: str(int), format(int) and int(str). The VM's sys module sets it.
     */
    public static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    /** str(v) under the current {@link #maxStrDigits}. */
    public static String toDecimal(BigInteger v) { return toDecimal(v, maxStrDigits); }

    /** str(v) (limit checked by the VM through {@link #toDecimal(BigInteger, int)} when it wants the limit). */
    public static String toDecimal(long v) { return Long.toString(v); }

    /**
     * str(v) with the int_max_str_digits limit (0 disables it). Only values past ~14000 bits can
     * exceed 4300 digits, so the check is a cheap bit-length test before the exact count.
     */
    public static String toDecimal(BigInteger v, int maxDigits) {
        if (maxDigits > 0 && v.bitLength() > maxDigits * 3.3219280948873626) {
            // A number of b bits has at least floor((b-1)*log10(2))+1 digits.
            if ((long) ((v.bitLength() - 1) * 0.30102999566398120) + 1 > maxDigits) {
                throw TextError.valueError("Exceeds the limit (" + maxDigits + " digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        String s = v.toString();
        int digits = s.length() - (v.signum() < 0 ? 1 : 0);
        if (maxDigits > 0 && digits > maxDigits) {
            throw TextError.valueError("Exceeds the limit (" + maxDigits + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /** bin(v), oct(v), hex(v): base 2, 8 or 16 with the 0b/0o/0x prefix after the sign. */
    public static String toBase(BigInteger v, int base) {
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix(base) + digits;
    }

    public static String toBase(long v, int base) {
        if (v == Long.MIN_VALUE) return toBase(BigInteger.valueOf(v), base);
        String digits = Long.toString(Math.abs(v), base);
        return (v < 0 ? "-" : "") + prefix(base) + digits;
    }

    private static String prefix(int base) {
        return switch (base) { case 2 -> "0b"; case 8 -> "0o"; case 16 -> "0x"; default -> ""; };
    }

    /** format(v, spec) for an int (typeName for messages: "int", or "bool", or a subclass name). */
    public static String format(long v, String spec, String typeName) {
        return format(BigInteger.valueOf(v), spec, typeName);
    }

    public static String format(BigInteger v, String spec, String typeName) {
        if (spec.isEmpty()) return toDecimal(v);
        FormatSpec f = FormatSpec.parse(spec, typeName, '>', 'd');
        switch (f.type()) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return FloatFormat.format(toDouble(v), f, typeName);
            }
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n', 0 -> {}
            default -> throw FormatSpec.unknownType(f.type(), typeName);
        }
        if (f.precision() >= 0) throw TextError.valueError("Precision not allowed in integer format specifier");
        if (f.noNegZero()) throw TextError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (f.type() == 'c') {
            if (f.sign() != 0) throw TextError.valueError("Sign not allowed with integer format specifier 'c'");
            if (f.alternate()) throw TextError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (v.bitLength() >= 64) throw TextError.overflowError("Python int too large to convert to C long");
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw TextError.overflowError("%c arg not in range(0x110000)");
            }
            String ch = CodePoints.fromCodePoint(v.intValue());
            return f.pad(ch, 1, '>');
        }
        int base = switch (f.type()) { case 'b' -> 2; case 'o' -> 8; case 'x', 'X' -> 16; default -> 10; };
        String digits = base == 10 ? toDecimal(v.abs()) : v.abs().toString(base);
        if (f.type() == 'X') digits = digits.toUpperCase();
        String prefix = "";
        if (f.alternate()) {
            prefix = switch (f.type()) { case 'b' -> "0b"; case 'o' -> "0o"; case 'x' -> "0x"; case 'X' -> "0X"; default -> ""; };
        }
        int groupSize = base == 10 ? 3 : 4;
        return NumberLayout.layout(f, v.signum() < 0, prefix, digits, "", groupSize);
    }

    /** int -> float with Python's OverflowError (BigInteger.doubleValue rounds half-even, like CPython). */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) throw TextError.overflowError("int too large to convert to float");
        return d;
    }
}
