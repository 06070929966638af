package regpy.numeric;

/**
 * format(x, spec) for ints and floats, i.e. int.__format__ and float.__format__ with the
 * format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
 * The C locale is assumed, so 'n' is 'd' / 'g' without grouping. Errors are CPython's.
 */
public final class NumberFormat {
    private NumberFormat() {}

    /** A parsed format spec; precision and width are -1 when absent, type is 0 when absent. */
    record Spec(char fill, char align, char sign, boolean noNegativeZero, boolean alternate, int width,
                char grouping, int precision, char type) {}

    private static boolean isAlign(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

    static Spec parse(String spec, String typeName) {
        int pos = 0, end = spec.length();
        char fill = ' ', align = '>', sign = '-', grouping = 0, type = 0;
        boolean fillGiven = false, alignGiven = false, z = false, alt = false;
        int width = -1, precision = -1;
        if (end >= 2 && isAlign(spec.charAt(1))) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            fillGiven = alignGiven = true;
            pos = 2;
        } else if (end >= 1 && isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            alignGiven = true;
            pos = 1;
        }
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) sign = spec.charAt(pos++);
        if (pos < end && spec.charAt(pos) == 'z') { z = true; pos++; }
        if (pos < end && spec.charAt(pos) == '#') { alt = true; pos++; }
        if (pos < end && spec.charAt(pos) == '0' && !fillGiven) {
            fill = '0';
            if (!alignGiven) align = '=';
            pos++;
        }
        int start = pos;
        while (pos < end && Character.isDigit(spec.charAt(pos))) pos++;
        if (pos > start) width = parseCount(spec.substring(start, pos));
        if (pos < end && (spec.charAt(pos) == ',' || spec.charAt(pos) == '_')) {
            grouping = spec.charAt(pos++);
            if (pos < end && (spec.charAt(pos) == ',' || spec.charAt(pos) == '_'))
                throw NumericError.value("Cannot specify both ',' and '_'.");
        }
        if (pos < end && spec.charAt(pos) == '.') {
            start = ++pos;
            while (pos < end && Character.isDigit(spec.charAt(pos))) pos++;
            if (pos == start) throw NumericError.value("Format specifier missing precision");
            precision = parseCount(spec.substring(start, pos));
        }
        if (end - pos > 1) throw NumericError.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        if (end - pos == 1) type = spec.charAt(pos);
        if (grouping != 0) {
            boolean ok = switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> true;
                case 'b', 'o', 'x', 'X' -> grouping == '_';
                default -> false;
            };
            if (!ok) throw NumericError.value("Cannot specify '" + grouping + "' with '" + type + "'.");
        }
        return new Spec(fill, align, sign, z, alt, width, grouping, precision, type);
    }

    private static int parseCount(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw NumericError.value("Too many decimal digits in format string");
        }
    }

    private static NumericError unknownCode(char type, String typeName) {
        return NumericError.value("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    // ---- int ----------------------------------------------------------------------------------

    /**
     * format(i, spec) for an int (typeName is the class name for messages, e.g. "int", "bool").
     * An empty spec means str(i), which for bool is 'True': the VM's format() handles that.
     */
    public static String formatInt(Object i, String spec, String typeName) {
        Spec s = parse(spec, typeName);
        char type = s.type() == 0 ? 'd' : s.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(IntOps.toDouble(i), s, typeName);
            }
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> { }
            default -> throw unknownCode(type, typeName);
        }
        if (s.precision() >= 0) throw NumericError.value("Precision not allowed in integer format specifier");
        if (s.noNegativeZero()) throw NumericError.value("Negative zero coercion (z) not allowed in integer format specifier");
        if (type == 'c') {
            if (s.sign() != '-') throw NumericError.value("Sign not allowed with integer format specifier 'c'");
            if (s.alternate()) throw NumericError.value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!IntOps.isSmall(i)) throw NumericError.overflow("Python int too large to convert to C long");
            if (IntOps.small(i) < 0 || IntOps.small(i) > 0x10ffff) throw NumericError.overflow("%c arg not in range(0x110000)");
            return pad(s, "", "", Character.toString((int) IntOps.small(i)), "", false);
        }
        int radix = switch (type) { case 'b' -> 2; case 'o' -> 8; case 'x', 'X' -> 16; default -> 10; };
        boolean negative = IntOps.signum(i) < 0;
        String digits = radix == 10 ? NumberText.toDecimal(IntOps.abs(i), NumberText.DEFAULT_MAX_STR_DIGITS)
                                    : IntOps.big(i).abs().toString(radix);
        if (type == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        String prefix = !s.alternate() ? "" : switch (type) {
            case 'b' -> "0b"; case 'o' -> "0o"; case 'x' -> "0x"; case 'X' -> "0X"; default -> "";
        };
        return pad(s, signText(s, negative), prefix, digits, "", true);
    }

    // ---- float --------------------------------------------------------------------------------

    /** format(x, spec) for a float. */
    public static String formatFloat(double x, String spec) {
        return formatFloat(x, parse(spec, "float"), "float");
    }

    private static String formatFloat(double x, Spec s, String typeName) {
        char type = s.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%', 0 -> { }
            case 'n' -> type = 'g';
            default -> throw unknownCode(type, typeName);
        }
        boolean negative = !Double.isNaN(x) && (x < 0 || (x == 0 && 1 / x < 0));
        String body = FloatFormat.format(Math.abs(x), type == 0 ? FloatFormat.NONE : type, s.precision(), s.alternate());
        if (type == 0 && s.precision() < 0 && s.alternate() && body.indexOf('.') < 0 && body.indexOf('e') >= 0)
            body = body.replace("e", ".e");   // '#' keeps a point even in repr's exponent form
        if (negative && s.noNegativeZero() && isZero(body)) negative = false;
        // split off what follows the integer digits: the fraction, exponent or '%'
        int intEnd = 0;
        while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) intEnd++;
        if (intEnd == 0) return pad(s, signText(s, negative), "", body, "", false);   // inf, nan
        return pad(s, signText(s, negative), "", body.substring(0, intEnd), body.substring(intEnd), true);
    }

    private static boolean isZero(String body) {
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    // ---- assembly -----------------------------------------------------------------------------

    private static String signText(Spec s, boolean negative) {
        if (negative) return "-";
        return s.sign() == '+' ? "+" : s.sign() == ' ' ? " " : "";
    }

    /**
     * sign + prefix + grouped digits + rest, padded to the width. With '=' alignment and '0'
     * fill under grouping, the padding zeros are grouped like digits, as CPython does.
     */
    private static String pad(Spec s, String sign, String prefix, String digits, String rest, boolean groupable) {
        boolean binaryRadix = s.type() == 'b' || s.type() == 'o' || s.type() == 'x' || s.type() == 'X';
        int every = s.grouping() == 0 || !groupable ? 0 : binaryRadix ? 4 : 3;
        String grouped = group(digits, s.grouping(), every);
        int width = Math.max(s.width(), 0);
        if (every > 0 && s.align() == '=' && s.fill() == '0') {
            int needed = width - sign.length() - prefix.length() - rest.length();
            String d = digits;
            while (grouped.length() < needed) {
                d = "0" + d;
                grouped = group(d, s.grouping(), every);
            }
        }
        String number = grouped + rest;
        int padding = width - sign.length() - prefix.length() - number.codePointCount(0, number.length());
        if (padding <= 0) return sign + prefix + number;
        String fill = String.valueOf(s.fill());
        return switch (s.align()) {
            case '<' -> sign + prefix + number + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + sign + prefix + number + fill.repeat(padding - padding / 2);
            case '=' -> sign + prefix + fill.repeat(padding) + number;
            default -> fill.repeat(padding) + sign + prefix + number;
        };
    }

    private static String group(String digits, char separator, int every) {
        if (separator == 0 || every == 0 || digits.length() <= every) return digits;
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / every);
        int first = digits.length() % every;
        if (first > 0) sb.append(digits, 0, first);
        for (int k = first; k < digits.length(); k += every) {
            if (!sb.isEmpty()) sb.append(separator);
            sb.append(digits, k, k + every);
        }
        return sb.toString();
    }
}
