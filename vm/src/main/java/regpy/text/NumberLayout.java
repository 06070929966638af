package regpy.text;

/**
 * The common tail of int and float formatting: sign, prefix, digit grouping (with the
 * zero-padding that grows through the groups, as in format(1234, '010,') == '00,001,234'),
 * then fill and alignment.
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param negative  whether to show '-'
     * @param prefix    "0x" etc. (after the sign)
     * @param intDigits the digits to group (ASCII)
     * @param rest      what follows the grouped digits: fraction, exponent, '%'
     * @param groupSize 3 for decimal, 4 for '_' with b/o/x/X
     */
    static String layout(FormatSpec spec, boolean negative, String prefix, String intDigits, String rest, int groupSize) {
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        char sep = spec.grouping();
        String lead = sign + prefix;
        String digits = intDigits;
        boolean zeroPad = spec.fill() == '0' && spec.align() == '=';
        if (zeroPad && spec.width() > 0) {
            long minWidth = spec.width() - lead.length() - rest.length();
            long n = digits.length();
            while (groupedLength(n, sep, groupSize) < minWidth) n++;
            if (n > digits.length()) digits = "0".repeat((int) (n - digits.length())) + digits;
        }
        if (sep != 0) digits = group(digits, sep, groupSize);
        String body = digits + rest;
        int len = lead.length() + body.length();
        if (spec.width() <= len) return lead + body;
        long total = spec.width() - len;
        char align = spec.align() == 0 ? '>' : spec.align();
        int fill = spec.fill();
        return switch (align) {
            case '<' -> lead + body + StrMethods.repeatCp(fill, total);
            case '^' -> StrMethods.repeatCp(fill, total / 2) + lead + body + StrMethods.repeatCp(fill, total - total / 2);
            case '=' -> lead + StrMethods.repeatCp(fill, total) + body;
            default -> StrMethods.repeatCp(fill, total) + lead + body;
        };
    }

    private static long groupedLength(long n, char sep, int size) {
        return sep == 0 || n == 0 ? n : n + (n - 1) / size;
    }

    static String group(String digits, char sep, int size) {
        int n = digits.length();
        if (n <= size) return digits;
        StringBuilder sb = new StringBuilder(n + n / size);
        int first = n % size == 0 ? size : n % size;
        sb.append(digits, 0, first);
        for (int i = first; i < n; i += size) sb.append(sep).append(digits, i, i + size);
        return sb.toString();
    }
}
