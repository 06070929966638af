package regpy.text;

import java.util.function.IntPredicate;

/**
 * str's case methods with full Unicode mappings ('ß'.upper() == 'SS', final sigma in lower())
 * and the is*() predicates, all with CPython 3.13's character data ({@link UnicodeProps}).
 */
public final class CaseMapping {
    private CaseMapping() {}

    private static final int CAPITAL_SIGMA = 0x3A3;

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    public static String lower(String s) {
        if (isAscii(s)) return asciiLower(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    public static String upper(String s) {
        if (isAscii(s)) return asciiUpper(s);
        return mapEach(s, true);
    }

    public static String casefold(String s) {
        if (isAscii(s)) return asciiLower(s);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> appendMapped(sb, cp, UnicodeProps.fold(cp)));
        return sb.toString();
    }

    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UnicodeProps.isUppercase(cp)) appendLower(sb, s, i, cp);
            else if (UnicodeProps.isLowercase(cp)) appendMapped(sb, cp, UnicodeProps.upper(cp));
            else sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** First character title-cased (since 3.8, not upper-cased), the rest lower-cased. */
    public static String capitalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (i == 0) appendMapped(sb, cp, UnicodeProps.title(cp));
            else appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Title-case after an uncased character, lower-case after a cased one. */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (previousCased) appendLower(sb, s, i, cp);
            else appendMapped(sb, cp, UnicodeProps.title(cp));
            previousCased = UnicodeProps.isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String mapEach(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> appendMapped(sb, cp, upper ? UnicodeProps.upper(cp) : UnicodeProps.lower(cp)));
        return sb.toString();
    }

    private static void appendMapped(StringBuilder sb, int cp, String mapped) {
        if (mapped == null) sb.appendCodePoint(cp); else sb.append(mapped);
    }

    /** Lower-cases the code point at char offset i, applying the final-sigma rule to 'Σ'. */
    private static void appendLower(StringBuilder sb, String s, int i, int cp) {
        if (cp == CAPITAL_SIGMA) sb.append(finalSigma(s, i) ? 'ς' : 'σ');
        else appendMapped(sb, cp, UnicodeProps.lower(cp));
    }

    /** Σ is final when preceded by a cased letter and not followed by one (case-ignorables skipped). */
    private static boolean finalSigma(String s, int i) {
        int j = i, c = -1;
        while (j > 0) {
            c = s.codePointBefore(j);
            if (!UnicodeProps.isCaseIgnorable(c)) break;
            j -= Character.charCount(c);
            c = -1;
        }
        if (c < 0 || !UnicodeProps.isCased(c)) return false;
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!UnicodeProps.isCaseIgnorable(c)) return !UnicodeProps.isCased(c);
            j += Character.charCount(c);
        }
        return true;
    }

    private static String asciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] a = s.toCharArray();
                for (int k = i; k < a.length; k++) if (a[k] >= 'A' && a[k] <= 'Z') a[k] += 32;
                return new String(a);
            }
        }
        return s;
    }

    private static String asciiUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                char[] a = s.toCharArray();
                for (int k = i; k < a.length; k++) if (a[k] >= 'a' && a[k] <= 'z') a[k] -= 32;
                return new String(a);
            }
        }
        return s;
    }

    // ---- predicates ----------------------------------------------------------------------------

    /** True when s is non-empty and every code point satisfies p. */
    private static boolean allOf(String s, IntPredicate p) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!p.test(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isalpha(String s) { return allOf(s, UnicodeProps::isAlpha); }
    public static boolean isalnum(String s) { return allOf(s, UnicodeProps::isAlnum); }
    public static boolean isdecimal(String s) { return allOf(s, UnicodeProps::isDecimal); }
    public static boolean isdigit(String s) { return allOf(s, UnicodeProps::isDigit); }
    public static boolean isnumeric(String s) { return allOf(s, UnicodeProps::isNumeric); }
    public static boolean isspace(String s) { return allOf(s, UnicodeProps::isSpace); }
    /** Empty strings are printable and ASCII, unlike the other predicates. */
    public static boolean isprintable(String s) { return s.isEmpty() || allOf(s, UnicodeProps::isPrintable); }
    public static boolean isascii(String s) { return isAscii(s); }

    public static boolean isidentifier(String s) {
        if (s.isEmpty() || !UnicodeProps.isXidStart(s.codePointAt(0))) return false;
        return allOf(s, UnicodeProps::isXidContinue);
    }

    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UnicodeProps.isUppercase(cp) || UnicodeProps.isTitlecase(cp)) return false;
            if (UnicodeProps.isLowercase(cp)) cased = true;
            i += Character.charCount(cp);
        }
        return cased;
    }

    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UnicodeProps.isLowercase(cp) || UnicodeProps.isTitlecase(cp)) return false;
            if (UnicodeProps.isUppercase(cp)) cased = true;
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** Uppercase/titlecase only after uncased characters, lowercase only after cased ones. */
    public static boolean istitle(String s) {
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UnicodeProps.isUppercase(cp) || UnicodeProps.isTitlecase(cp)) {
                if (previousCased) return false;
                previousCased = cased = true;
            } else if (UnicodeProps.isLowercase(cp)) {
                if (!previousCased) return false;
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }
}
