package regpy.numeric;

/**
 * One numeric conversion of printf-style formatting ('%5.2f' % x): the VM parses the format
 * string, converts the argument (int() for %d of a float, the TypeErrors) and calls these with
 * the flags ('-', '+', ' ', '#', '0'), width and precision (-1 when absent).
 */
public final class PercentFormat {
    private PercentFormat() {}

    /** %d %i %u %o %x %X of an int. Precision is a minimum number of digits. */
    public static String formatInt(Object i, char conversion, String flags, int width, int precision) {
        int radix = switch (conversion) {
            case 'd', 'i', 'u' -> 10;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> throw new IllegalArgumentException("integer conversion " + conversion);
        };
        boolean negative = IntOps.signum(i) < 0;
        String digits = radix == 10 ? NumberText.toDecimal(IntOps.abs(i), NumberText.DEFAULT_MAX_STR_DIGITS)
                                    : IntOps.big(i).abs().toString(radix);
        if (conversion == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        if (precision > digits.length()) digits = "0".repeat(precision - digits.length()) + digits;
        String prefix = flags.indexOf('#') < 0 ? "" : switch (conversion) {
            case 'o' -> "0o"; case 'x' -> "0x"; case 'X' -> "0X"; default -> "";
        };
        return justify(flags, width, sign(flags, negative) + prefix, digits);
    }

    /** %e %E %f %F %g %G of a float (precision -1 means 6). */
    public static String formatFloat(double x, char conversion, String flags, int width, int precision) {
        if ("eEfFgG".indexOf(conversion) < 0) throw new IllegalArgumentException("float conversion " + conversion);
        boolean negative = !Double.isNaN(x) && (x < 0 || (x == 0 && 1 / x < 0));
        String body = FloatFormat.format(Math.abs(x), conversion, precision < 0 ? 6 : precision, flags.indexOf('#') >= 0);
        return justify(flags, width, sign(flags, negative), body);
    }

    private static String sign(String flags, boolean negative) {
        if (negative) return "-";
        if (flags.indexOf('+') >= 0) return "+";
        return flags.indexOf(' ') >= 0 ? " " : "";
    }

    /** '-' pads on the right; '0' pads with zeros after the sign (even 'inf': '00inf'). */
    private static String justify(String flags, int width, String head, String body) {
        int padding = width - head.length() - body.length();
        if (padding <= 0) return head + body;
        if (flags.indexOf('-') >= 0) return head + body + " ".repeat(padding);
        if (flags.indexOf('0') >= 0) return head + "0".repeat(padding) + body;
        return " ".repeat(padding) + head + body;
    }
}
