package regpy.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The searching, splitting, stripping and padding methods of Python's str, over
 * java.lang.String. Positions in arguments and results are code point indices. Optional
 * start/end arguments are longs: the VM passes 0 / Long.MAX_VALUE for None and clamps
 * huge ints to Long.MIN_VALUE/MAX_VALUE (the result is the same, Python clamps too).
 * Case mapping and the is*() predicates live in {@link CaseMapping}.
 */
public final class StrMethods {
    private StrMethods() {}

    public static final long END = Long.MAX_VALUE;

    // ---- searching -----------------------------------------------------------------------------

    /** The code-point range [start, end) of s after Python's clamping, as char offsets {a, b}; null if empty-by-order. */
    private static int[] charRange(String s, int cpLen, long start, long end) {
        long[] r = CodePoints.adjust(start, end, cpLen);
        if (r[0] > r[1]) return null;
        return new int[] {CodePoints.offset(s, cpLen, (int) r[0]), CodePoints.offset(s, cpLen, (int) r[1])};
    }

    public static long find(String s, String sub, long start, long end) {
        int cpLen = CodePoints.length(s);
        int[] r = charRange(s, cpLen, start, end);
        if (r == null || r[1] - r[0] < sub.length()) return -1;
        int at = s.indexOf(sub, r[0]);
        if (at < 0 || at + sub.length() > r[1]) return -1;
        return CodePoints.index(s, cpLen, at);
    }

    public static long rfind(String s, String sub, long start, long end) {
        int cpLen = CodePoints.length(s);
        int[] r = charRange(s, cpLen, start, end);
        if (r == null || r[1] - r[0] < sub.length()) return -1;
        int at = s.lastIndexOf(sub, r[1] - sub.length());
        if (at < r[0]) return -1;
        return CodePoints.index(s, cpLen, at);
    }

    public static long index(String s, String sub, long start, long end) {
        long i = find(s, sub, start, end);
        if (i < 0) throw TextError.valueError("substring not found");
        return i;
    }

    public static long rindex(String s, String sub, long start, long end) {
        long i = rfind(s, sub, start, end);
        if (i < 0) throw TextError.valueError("substring not found");
        return i;
    }

    public static long count(String s, String sub, long start, long end) {
        int cpLen = CodePoints.length(s);
        long[] cr = CodePoints.adjust(start, end, cpLen);
        if (cr[1] - cr[0] < (sub.isEmpty() ? 0 : 1)) return 0;
        if (sub.isEmpty()) return cr[1] - cr[0] + 1;
        int a = CodePoints.offset(s, cpLen, (int) cr[0]), b = CodePoints.offset(s, cpLen, (int) cr[1]);
        long n = 0;
        for (int at = s.indexOf(sub, a); at >= 0 && at + sub.length() <= b; at = s.indexOf(sub, at + sub.length())) n++;
        return n;
    }

    /** `sub in s`. */
    public static boolean contains(String s, String sub) { return s.contains(sub); }

    /** s.startswith(prefix, start, end) for one prefix (the VM loops over a tuple). */
    public static boolean startsWith(String s, String prefix, long start, long end) {
        int cpLen = CodePoints.length(s);
        long[] cr = CodePoints.adjust(start, end, cpLen);
        int pLen = CodePoints.length(prefix);
        if (cr[1] - pLen < cr[0]) return false;
        int a = CodePoints.offset(s, cpLen, (int) cr[0]);
        return s.startsWith(prefix, a);
    }

    public static boolean endsWith(String s, String suffix, long start, long end) {
        int cpLen = CodePoints.length(s);
        long[] cr = CodePoints.adjust(start, end, cpLen);
        int pLen = CodePoints.length(suffix);
        if (cr[1] - pLen < cr[0]) return false;
        int b = CodePoints.offset(s, cpLen, (int) cr[1]);
        return s.startsWith(suffix, b - suffix.length());
    }

    // ---- splitting and joining -----------------------------------------------------------------

    /** s.split(sep, maxsplit); sep null means runs of whitespace. maxsplit < 0 means no limit. */
    public static List<String> split(String s, String sep, long maxsplit) {
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int n = s.length(), i = 0;
            while (true) {
                while (i < n && UnicodeProps.isSpace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
                if (i >= n) break;
                if (maxsplit-- == 0) { out.add(s.substring(i)); break; }
                int j = i;
                while (j < n && !UnicodeProps.isSpace(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        if (sep.isEmpty()) throw TextError.valueError("empty separator");
        int i = 0;
        while (maxsplit-- > 0) {
            int at = s.indexOf(sep, i);
            if (at < 0) break;
            out.add(s.substring(i, at));
            i = at + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    public static List<String> rsplit(String s, String sep, long maxsplit) {
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && UnicodeProps.isSpace(s.codePointBefore(j))) j -= Character.charCount(s.codePointBefore(j));
                if (j <= 0) break;
                if (maxsplit-- == 0) { out.add(s.substring(0, j)); break; }
                int i = j;
                while (i > 0 && !UnicodeProps.isSpace(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
                out.add(s.substring(i, j));
                j = i;
            }
            return out.reversed();
        }
        if (sep.isEmpty()) throw TextError.valueError("empty separator");
        int j = s.length();
        while (maxsplit-- > 0) {
            int at = s.lastIndexOf(sep, j - sep.length());
            if (at < 0) break;
            out.add(s.substring(at + sep.length(), j));
            j = at;
        }
        out.add(s.substring(0, j));
        return out.reversed();
    }

    /** s.splitlines(keepends), breaking at every Python line boundary (\r\n counts as one). */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length(), i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !UnicodeProps.isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                j += (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') ? 2 : 1;
                if (keepends) eol = j;
            }
            out.add(s.substring(i, eol));
            i = j;
        }
        return out;
    }

    /** sep.join(items) for items already checked to be str (the VM reports non-str items). */
    public static String join(String sep, List<String> items) { return String.join(sep, items); }

    /** s.partition(sep): {head, sep, tail}, or {s, "", ""} when sep is absent. */
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) throw TextError.valueError("empty separator");
        int at = s.indexOf(sep);
        if (at < 0) return new String[] {s, "", ""};
        return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
    }

    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) throw TextError.valueError("empty separator");
        int at = s.lastIndexOf(sep);
        if (at < 0) return new String[] {"", "", s};
        return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
    }

    // ---- stripping, replacing ------------------------------------------------------------------

    /** strip/lstrip/rstrip; chars null means whitespace. */
    public static String strip(String s, String chars) { return strip(s, chars, true, true); }
    public static String lstrip(String s, String chars) { return strip(s, chars, true, false); }
    public static String rstrip(String s, String chars) { return strip(s, chars, false, true); }

    private static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0, j = s.length();
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!stripped(cp, chars)) break;
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!stripped(cp, chars)) break;
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    private static boolean stripped(int cp, String chars) {
        if (chars == null) return UnicodeProps.isSpace(cp);
        return cp < 0x10000 ? chars.indexOf(cp) >= 0 : chars.contains(CodePoints.fromCodePoint(cp));
    }

    public static String removeprefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    public static String removesuffix(String s, String suffix) {
        return !suffix.isEmpty() && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** s.replace(old, new, count); count < 0 replaces all. An empty old inserts between code points. */
    public static String replace(String s, String old, String repl, long count) {
        if (count < 0) count = Long.MAX_VALUE;
        if (count == 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        if (old.isEmpty()) {
            int i = 0, n = s.length();
            while (true) {
                if (count-- > 0) sb.append(repl); else { sb.append(s, i, n); break; }
                if (i >= n) break;
                int c = Character.charCount(s.codePointAt(i));
                sb.append(s, i, i + c);
                i += c;
            }
            return sb.toString();
        }
        int i = 0;
        while (count-- > 0) {
            int at = s.indexOf(old, i);
            if (at < 0) break;
            sb.append(s, i, at).append(repl);
            i = at + old.length();
        }
        if (i == 0) return s;
        return sb.append(s, i, s.length()).toString();
    }

    /** s.expandtabs(tabsize): columns restart after \n and \r. */
    public static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length());
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long pad = tabsize - col % tabsize;
                    if (sb.length() + pad > Integer.MAX_VALUE - 16) throw TextError.overflowError("new string is too long");
                    sb.repeat(' ', (int) pad);
                    col += pad;
                }
            } else {
                sb.appendCodePoint(cp);
                col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    // ---- padding -------------------------------------------------------------------------------

    /** Checks a fill-character argument (center/ljust/rjust) and returns its code point. */
    public static int fillChar(String fill) {
        if (fill.isEmpty() || CodePoints.length(fill) != 1) {
            throw TextError.typeError("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    public static String ljust(String s, long width, int fill) { return pad(s, width, fill, 0); }
    public static String rjust(String s, long width, int fill) { return pad(s, width, fill, 1); }
    public static String center(String s, long width, int fill) { return pad(s, width, fill, 2); }

    /** how: 0 = left-justify, 1 = right-justify, 2 = center (CPython puts the odd pad on the left iff width is odd). */
    private static String pad(String s, long width, int fill, int how) {
        int len = CodePoints.length(s);
        if (width <= len) return s;
        long marg = width - len;
        long left = switch (how) {
            case 0 -> 0;
            case 1 -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        return repeatCp(fill, left) + s + repeatCp(fill, marg - left);
    }

    static String repeatCp(int cp, long n) {
        if (n <= 0) return "";
        if (n * Character.charCount(cp) > Integer.MAX_VALUE - 16) throw new TextError("MemoryError", "");
        return CodePoints.fromCodePoint(cp).repeat((int) n);
    }

    /** s.zfill(width): zeros after a leading sign. */
    public static String zfill(String s, long width) {
        int len = CodePoints.length(s);
        if (width <= len) return s;
        String zeros = repeatCp('0', width - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    // ---- translate -----------------------------------------------------------------------------

    /** The VM's view of a translate table: the replacement for one code point. */
    public interface TranslateTable {
        /** KEEP when cp is not in the table (LookupError), null to delete it, else the replacement. */
        String lookup(int cp);
    }

    /** Sentinel returned by {@link TranslateTable#lookup} for "not in table"; compare by identity. */
    public static final String KEEP = new String("<keep>");

    public static String translate(String s, TranslateTable table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String r = table.lookup(cp);
            if (r == KEEP) sb.appendCodePoint(cp);
            else if (r != null) sb.append(r);
        }
        return sb.toString();
    }

    /** A translate-table value that is an int: the replacement character. */
    public static String translateChar(long cp) {
        if (cp < 0 || cp > 0x10FFFF) throw TextError.valueError("character mapping must be in range(0x110000)");
        return CodePoints.fromCodePoint((int) cp);
    }

    /** The TypeError for a translate-table value that is neither int, None nor str. */
    public static TextError badTranslateValue() {
        return TextError.typeError("character mapping must return integer, None or str");
    }

    /**
     * A key of str.maketrans's one-argument dict form given as a str: its code point. (Int
     * keys are kept as they are; other key types get {@link #badMaketransKey}.)
     */
    public static int maketransKey(String key) {
        if (key.isEmpty() || CodePoints.length(key) != 1) {
            throw TextError.valueError("string keys in translate table must be of length 1");
        }
        return key.codePointAt(0);
    }

    public static TextError badMaketransKey() {
        return TextError.typeError("keys in translate table must be strings or integers");
    }

    /** str.maketrans(x) with x not a dict. */
    public static TextError maketransNeedsDict() {
        return TextError.typeError("if you give only one argument to maketrans it must be a dict");
    }

    /**
     * str.maketrans(x, y[, z]) with strings: x[i] -> y[i], z's characters -> None (null value).
     * The one-argument dict form is the VM's (it needs dict iteration).
     */
    public static java.util.LinkedHashMap<Integer, Integer> maketrans(String x, String y, String z) {
        int[] xs = x.codePoints().toArray(), ys = y.codePoints().toArray();
        if (xs.length != ys.length) throw TextError.valueError("the first two maketrans arguments must have equal length");
        var map = new java.util.LinkedHashMap<Integer, Integer>();
        for (int i = 0; i < xs.length; i++) map.put(xs[i], ys[i]);
        if (z != null) z.codePoints().forEach(cp -> map.put(cp, null));
        return map;
    }
}
