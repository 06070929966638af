package regpy.text;

import java.util.Arrays;

/**
 * Character properties and case mappings exactly as CPython 3.13 sees them (Unicode 15.1),
 * decoded once from {@link UnicodeTables}. ASCII is answered without a table lookup.
 */
public final class UnicodeProps {
    private UnicodeProps() {}

    /** A set of code points as sorted, disjoint [start, end] ranges. */
    private record RangeSet(int[] starts, int[] ends) {
        static RangeSet decode(String[] chunks) {
            String text = String.join("", chunks);
            if (text.isEmpty()) return new RangeSet(new int[0], new int[0]);
            String[] parts = text.split(",");
            int[] s = new int[parts.length], e = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                int dash = parts[i].indexOf('-');
                if (dash < 0) s[i] = e[i] = Integer.parseInt(parts[i], 16);
                else {
                    s[i] = Integer.parseInt(parts[i], 0, dash, 16);
                    e[i] = Integer.parseInt(parts[i], dash + 1, parts[i].length(), 16);
                }
            }
            return new RangeSet(s, e);
        }

        boolean contains(int cp) {
            int i = Arrays.binarySearch(starts, cp);
            if (i >= 0) return true;
            i = -i - 2;
            return i >= 0 && cp <= ends[i];
        }
    }

    /** A case mapping: code points whose mapping is not themselves; multi-character results kept as strings. */
    private record CaseMap(int[] keys, String[] values) {
        static CaseMap decode(String[] chunks) {
            String[] parts = String.join("", chunks).split(";");
            int[] k = new int[parts.length];
            String[] v = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                int eq = p.indexOf('=');
                k[i] = Integer.parseInt(p, 0, eq, 16);
                StringBuilder sb = new StringBuilder(3);
                for (String h : p.substring(eq + 1).split(" ")) sb.appendCodePoint(Integer.parseInt(h, 16));
                v[i] = sb.toString();
            }
            return new CaseMap(k, v);
        }

        /** The mapping of cp, or null when cp maps to itself. */
        String get(int cp) {
            int i = Arrays.binarySearch(keys, cp);
            return i >= 0 ? values[i] : null;
        }
    }

    // Each table decodes on first use (holder classes): ASCII text never touches them.
    private static final class Lower { static final CaseMap MAP = CaseMap.decode(UnicodeTables.LOWER); }
    private static final class Upper { static final CaseMap MAP = CaseMap.decode(UnicodeTables.UPPER); }
    private static final class Title { static final CaseMap MAP = CaseMap.decode(UnicodeTables.TITLE); }
    private static final class Fold { static final CaseMap MAP = CaseMap.decode(UnicodeTables.FOLD); }
    private static final class Alpha { static final RangeSet SET = RangeSet.decode(UnicodeTables.ALPHA); }
    private static final class Digit { static final RangeSet SET = RangeSet.decode(UnicodeTables.DIGIT); }
    private static final class Numeric { static final RangeSet SET = RangeSet.decode(UnicodeTables.NUMERIC); }
    private static final class Space { static final RangeSet SET = RangeSet.decode(UnicodeTables.SPACE); }
    private static final class Printable { static final RangeSet SET = RangeSet.decode(UnicodeTables.PRINTABLE); }
    private static final class Lowercase { static final RangeSet SET = RangeSet.decode(UnicodeTables.LOWERCASE); }
    private static final class Uppercase { static final RangeSet SET = RangeSet.decode(UnicodeTables.UPPERCASE); }
    private static final class Titlecase { static final RangeSet SET = RangeSet.decode(UnicodeTables.TITLECASE); }
    private static final class CaseIgnorable { static final RangeSet SET = RangeSet.decode(UnicodeTables.CASE_IGNORABLE); }
    private static final class XidStart { static final RangeSet SET = RangeSet.decode(UnicodeTables.XID_START); }
    private static final class XidContinue { static final RangeSet SET = RangeSet.decode(UnicodeTables.XID_CONTINUE); }
    private static final class DecimalZeros {
        static final int[] ZEROS;
        static {
            String[] z = String.join("", UnicodeTables.DECIMAL_ZEROS).split(",");
            ZEROS = new int[z.length];
            for (int i = 0; i < z.length; i++) ZEROS[i] = Integer.parseInt(z[i], 16);
        }
    }

    // ---- predicates (str.isXXX on one code point) ----------------------------------------------

    /** Py_UNICODE_ISSPACE: what str.split() and str.strip() treat as whitespace. */
    public static boolean isSpace(int cp) {
        if (cp < 128) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        return Space.SET.contains(cp);
    }

    public static boolean isAlpha(int cp) {
        if (cp < 128) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        return Alpha.SET.contains(cp);
    }

    /** The decimal value 0..9 of cp (Unicode Nd), or -1. */
    public static int decimalValue(int cp) {
        if (cp < 128) return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        int i = Arrays.binarySearch(DecimalZeros.ZEROS, cp);
        if (i >= 0) return 0;
        i = -i - 2;
        if (i < 0) return -1;
        int v = cp - DecimalZeros.ZEROS[i];
        return v <= 9 ? v : -1;
    }

    public static boolean isDecimal(int cp) { return decimalValue(cp) >= 0; }

    public static boolean isDigit(int cp) {
        if (cp < 128) return cp >= '0' && cp <= '9';
        return Digit.SET.contains(cp);
    }

    public static boolean isNumeric(int cp) {
        if (cp < 128) return cp >= '0' && cp <= '9';
        return Numeric.SET.contains(cp);
    }

    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    public static boolean isPrintable(int cp) {
        if (cp < 128) return cp >= 0x20 && cp < 0x7f;
        return Printable.SET.contains(cp);
    }

    public static boolean isLowercase(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z';
        return Lowercase.SET.contains(cp);
    }

    public static boolean isUppercase(int cp) {
        if (cp < 128) return cp >= 'A' && cp <= 'Z';
        return Uppercase.SET.contains(cp);
    }

    public static boolean isTitlecase(int cp) { return cp >= 128 && Titlecase.SET.contains(cp); }

    /** Unicode "Cased": has a case (lower, upper or title). */
    public static boolean isCased(int cp) { return isLowercase(cp) || isUppercase(cp) || isTitlecase(cp); }

    /** Unicode "Case_Ignorable", as used by the final-sigma rule of str.lower(). */
    public static boolean isCaseIgnorable(int cp) {
        if (cp < 128) return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`';
        return CaseIgnorable.SET.contains(cp);
    }

    public static boolean isXidStart(int cp) {
        if (cp < 128) return cp == '_' || isAlpha(cp);
        return XidStart.SET.contains(cp);
    }

    public static boolean isXidContinue(int cp) {
        if (cp < 128) return cp == '_' || isAlpha(cp) || (cp >= '0' && cp <= '9');
        return XidContinue.SET.contains(cp);
    }

    /** The line boundaries of str.splitlines() (bytes.splitlines() accepts only \n and \r). */
    public static boolean isLineBreak(int cp) {
        return switch (cp) {
            case 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    // ---- full case mappings: return null when cp maps to itself --------------------------------

    public static String lower(int cp) {
        if (cp < 128) return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : null;
        return Lower.MAP.get(cp);
    }

    public static String upper(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z' ? String.valueOf((char) (cp - 32)) : null;
        return Upper.MAP.get(cp);
    }

    public static String title(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z' ? String.valueOf((char) (cp - 32)) : null;
        return Title.MAP.get(cp);
    }

    public static String fold(int cp) {
        if (cp < 128) return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : null;
        return Fold.MAP.get(cp);
    }
}
