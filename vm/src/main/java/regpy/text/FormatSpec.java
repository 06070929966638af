package regpy.text;

/**
 * A parsed format-spec mini-language string:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 * Parsing follows CPython's rules and messages; the per-type checks live in the formatters
 * ({@link IntFormat}, {@link FloatFormat}, {@link #formatStr}).
 *
 * @param fill      the fill code point (' ' by default)
 * @param align     '<', '>', '^', '=' or 0 when not given
 * @param sign      '+', '-', ' ' or 0 when not given
 * @param noNegZero the 'z' flag
 * @param alternate the '#' flag
 * @param width     minimum width, -1 when not given
 * @param grouping  ',' or '_' or 0; for b/o/x/X, '_' groups by four
 * @param precision -1 when not given
 * @param type      the presentation type, or 0 when not given
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
                         long width, char grouping, long precision, int type) {

    private static boolean isAlign(int c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

    /**
     * Parses spec for an object of the named type. defaultAlign is '>' for numbers and '<' for
     * str (it decides whether a leading '0' also means '=' alignment); defaultType is the type
     * assumed when none is given ('s' for str, 'd' for int, 0 for float and complex).
     */
    public static FormatSpec parse(String spec, String typeName, char defaultAlign, int defaultType) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length, pos = 0;
        int fill = ' ';
        char align = 0, sign = 0, grouping = 0;
        boolean fillGiven = false, noNegZero = false, alternate = false;
        long width = -1, precision = -1;
        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0]; align = (char) cps[1]; fillGiven = true; pos = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0]; pos = 1;
        }
        if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) sign = (char) cps[pos++];
        if (pos < n && cps[pos] == 'z') { noNegZero = true; pos++; }
        if (pos < n && cps[pos] == '#') { alternate = true; pos++; }
        if (!fillGiven && pos < n && cps[pos] == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') align = '=';
            pos++;
        }
        int start = pos;
        while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') pos++;
        if (pos > start) width = parseCount(cps, start, pos);
        if (pos < n && cps[pos] == ',') { grouping = ','; pos++; }
        if (pos < n && cps[pos] == '_') {
            if (grouping != 0) throw TextError.valueError("Cannot specify both ',' and '_'.");
            grouping = '_'; pos++;
        }
        if (pos < n && cps[pos] == ',' && grouping == '_') throw TextError.valueError("Cannot specify both ',' and '_'.");
        if (pos < n && cps[pos] == '.') {
            pos++;
            start = pos;
            while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') pos++;
            if (pos == start) throw TextError.valueError("Format specifier missing precision");
            precision = parseCount(cps, start, pos);
        }
        if (n - pos > 1) {
            throw TextError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = pos < n ? cps[pos] : defaultType;
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {}
                case 'b', 'o', 'x', 'X' -> { if (grouping != '_') throw badGrouping(grouping, type); }
                default -> throw badGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    private static long parseCount(int[] cps, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            if (v > (Long.MAX_VALUE - 9) / 10) throw TextError.valueError("Too many decimal digits in format string");
            v = v * 10 + (cps[i] - '0');
        }
        return v;
    }

    private static TextError badGrouping(char grouping, int type) {
        return TextError.valueError("Cannot specify '" + grouping + "' with " + typeRepr(type) + ".");
    }

    /** How CPython's messages show a presentation type: 'x' or '\x85'. */
    static String typeRepr(int type) {
        if (type > 32 && type < 128) return "'" + (char) type + "'";
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    static TextError unknownType(int type, String typeName) {
        return TextError.valueError("Unknown format code " + typeRepr(type) + " for object of type '" + typeName + "'");
    }

    // ---- str -----------------------------------------------------------------------------------

    /** format(s, spec) for a str. */
    public static String formatStr(String s, String spec, String typeName) {
        if (spec.isEmpty()) return s;
        FormatSpec f = parse(spec, typeName, '<', 's');
        if (f.type != 's') throw unknownType(f.type, typeName);
        if (f.sign != 0) {
            throw TextError.valueError(f.sign == ' ' ? "Space not allowed in string format specifier"
                                                      : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) throw TextError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alternate) throw TextError.valueError("Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw TextError.valueError("'=' alignment not allowed in string format specifier");
        int len = CodePoints.length(s);
        if (f.precision >= 0 && f.precision < len) {
            s = s.substring(0, CodePoints.offset(s, len, (int) f.precision));
            len = (int) f.precision;
        }
        return f.pad(s, len, '<');
    }

    /** Pads text (of cpLen code points) to the width with the fill, by the alignment (default given). */
    String pad(String text, int cpLen, char defaultAlign) {
        if (width <= cpLen) return text;
        long total = width - cpLen;
        char a = align == 0 ? defaultAlign : align;
        long left = a == '>' ? total : a == '^' ? total / 2 : 0;
        return StrMethods.repeatCp(fill, left) + text + StrMethods.repeatCp(fill, total - left);
    }
}
