package regpy.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of bytes and bytearray over byte[]. Searching, splitting on a separator,
 * replacing and padding are the str algorithms applied to the Latin-1 view of the bytes (one
 * char per byte, so positions agree); whitespace, line breaks and case are ASCII-only here,
 * as in CPython. Results are new arrays; the VM wraps them as bytes or bytearray.
 */
public final class BytesMethods {
    private BytesMethods() {}

    static String view(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }
    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    private static List<byte[]> bytesList(List<String> parts) {
        List<byte[]> out = new ArrayList<>(parts.size());
        for (String p : parts) out.add(bytes(p));
        return out;
    }

    /** bytes.isspace()'s whitespace: space, \t, \n, \r, \x0b, \x0c. */
    public static boolean isSpace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    // ---- searching -----------------------------------------------------------------------------

    public static long find(byte[] b, byte[] sub, long start, long end) { return StrMethods.find(view(b), view(sub), start, end); }
    public static long rfind(byte[] b, byte[] sub, long start, long end) { return StrMethods.rfind(view(b), view(sub), start, end); }
    public static long count(byte[] b, byte[] sub, long start, long end) { return StrMethods.count(view(b), view(sub), start, end); }

    public static long index(byte[] b, byte[] sub, long start, long end) {
        long i = find(b, sub, start, end);
        if (i < 0) throw TextError.valueError("subsection not found");
        return i;
    }

    public static long rindex(byte[] b, byte[] sub, long start, long end) {
        long i = rfind(b, sub, start, end);
        if (i < 0) throw TextError.valueError("subsection not found");
        return i;
    }

    /** find/index/count with an int argument: the byte value (the VM checks range(0, 256)). */
    public static byte[] single(int value) {
        if (value < 0 || value > 255) throw TextError.valueError("byte must be in range(0, 256)");
        return new byte[] {(byte) value};
    }

    public static boolean contains(byte[] b, byte[] sub) { return view(b).contains(view(sub)); }

    public static boolean startsWith(byte[] b, byte[] prefix, long start, long end) {
        return StrMethods.startsWith(view(b), view(prefix), start, end);
    }

    public static boolean endsWith(byte[] b, byte[] suffix, long start, long end) {
        return StrMethods.endsWith(view(b), view(suffix), start, end);
    }

    // ---- splitting, joining, replacing ---------------------------------------------------------

    /** split(sep, maxsplit); sep null splits on runs of ASCII whitespace. */
    public static List<byte[]> split(byte[] b, byte[] sep, long maxsplit) {
        if (sep != null) return bytesList(StrMethods.split(view(b), view(sep), maxsplit));
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        List<byte[]> out = new ArrayList<>();
        int n = b.length, i = 0;
        while (true) {
            while (i < n && isSpace(b[i])) i++;
            if (i >= n) break;
            if (maxsplit-- == 0) { out.add(java.util.Arrays.copyOfRange(b, i, n)); break; }
            int j = i;
            while (j < n && !isSpace(b[j])) j++;
            out.add(java.util.Arrays.copyOfRange(b, i, j));
            i = j;
        }
        return out;
    }

    public static List<byte[]> rsplit(byte[] b, byte[] sep, long maxsplit) {
        if (sep != null) return bytesList(StrMethods.rsplit(view(b), view(sep), maxsplit));
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        List<byte[]> out = new ArrayList<>();
        int j = b.length;
        while (true) {
            while (j > 0 && isSpace(b[j - 1])) j--;
            if (j <= 0) break;
            if (maxsplit-- == 0) { out.add(java.util.Arrays.copyOfRange(b, 0, j)); break; }
            int i = j;
            while (i > 0 && !isSpace(b[i - 1])) i--;
            out.add(java.util.Arrays.copyOfRange(b, i, j));
            j = i;
        }
        return out.reversed();
    }

    /** splitlines(keepends): only \n, \r and \r\n end lines in bytes. */
    public static List<byte[]> splitlines(byte[] b, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int n = b.length, i = 0;
        while (i < n) {
            int j = i;
            while (j < n && b[j] != '\n' && b[j] != '\r') j++;
            int eol = j;
            if (j < n) {
                j += (b[j] == '\r' && j + 1 < n && b[j + 1] == '\n') ? 2 : 1;
                if (keepends) eol = j;
            }
            out.add(java.util.Arrays.copyOfRange(b, i, eol));
            i = j;
        }
        return out;
    }

    public static byte[] join(byte[] sep, List<byte[]> items) {
        int total = 0;
        for (byte[] x : items) total += x.length;
        total += Math.max(0, items.size() - 1) * sep.length;
        byte[] out = new byte[total];
        int p = 0;
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) { System.arraycopy(sep, 0, out, p, sep.length); p += sep.length; }
            byte[] x = items.get(i);
            System.arraycopy(x, 0, out, p, x.length);
            p += x.length;
        }
        return out;
    }

    public static byte[][] partition(byte[] b, byte[] sep) { return parts(StrMethods.partition(view(b), view(sep))); }
    public static byte[][] rpartition(byte[] b, byte[] sep) { return parts(StrMethods.rpartition(view(b), view(sep))); }

    private static byte[][] parts(String[] p) { return new byte[][] {bytes(p[0]), bytes(p[1]), bytes(p[2])}; }

    public static byte[] replace(byte[] b, byte[] old, byte[] repl, long count) {
        return bytes(StrMethods.replace(view(b), view(old), view(repl), count));
    }

    public static byte[] removeprefix(byte[] b, byte[] p) { return bytes(StrMethods.removeprefix(view(b), view(p))); }
    public static byte[] removesuffix(byte[] b, byte[] s) { return bytes(StrMethods.removesuffix(view(b), view(s))); }

    /** strip/lstrip/rstrip; chars null means ASCII whitespace. */
    public static byte[] strip(byte[] b, byte[] chars) { return strip(b, chars, true, true); }
    public static byte[] lstrip(byte[] b, byte[] chars) { return strip(b, chars, true, false); }
    public static byte[] rstrip(byte[] b, byte[] chars) { return strip(b, chars, false, true); }

    private static byte[] strip(byte[] b, byte[] chars, boolean left, boolean right) {
        boolean[] set = new boolean[256];
        if (chars == null) { for (int c = 0; c < 256; c++) set[c] = isSpace(c); }
        else for (byte c : chars) set[c & 0xff] = true;
        int i = 0, j = b.length;
        if (left) while (i < j && set[b[i] & 0xff]) i++;
        if (right) while (j > i && set[b[j - 1] & 0xff]) j--;
        return java.util.Arrays.copyOfRange(b, i, j);
    }

    public static byte[] expandtabs(byte[] b, long tabsize) { return bytes(StrMethods.expandtabs(view(b), tabsize)); }

    // ---- padding -------------------------------------------------------------------------------

    public static byte[] ljust(byte[] b, long width, byte fill) { return bytes(StrMethods.ljust(view(b), width, fill & 0xff)); }
    public static byte[] rjust(byte[] b, long width, byte fill) { return bytes(StrMethods.rjust(view(b), width, fill & 0xff)); }
    public static byte[] center(byte[] b, long width, byte fill) { return bytes(StrMethods.center(view(b), width, fill & 0xff)); }
    public static byte[] zfill(byte[] b, long width) { return bytes(StrMethods.zfill(view(b), width)); }

    // ---- ASCII case ----------------------------------------------------------------------------

    private static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }
    private static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }
    private static boolean isAlpha(int c) { return isLower(c) || isUpper(c); }
    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    public static byte[] lower(byte[] b) {
        byte[] o = b.clone();
        for (int i = 0; i < o.length; i++) if (isUpper(o[i])) o[i] += 32;
        return o;
    }

    public static byte[] upper(byte[] b) {
        byte[] o = b.clone();
        for (int i = 0; i < o.length; i++) if (isLower(o[i])) o[i] -= 32;
        return o;
    }

    public static byte[] swapcase(byte[] b) {
        byte[] o = b.clone();
        for (int i = 0; i < o.length; i++) {
            if (isUpper(o[i])) o[i] += 32; else if (isLower(o[i])) o[i] -= 32;
        }
        return o;
    }

    public static byte[] capitalize(byte[] b) {
        byte[] o = lower(b);
        if (o.length > 0 && isLower(o[0])) o[0] -= 32;
        return o;
    }

    public static byte[] title(byte[] b) {
        byte[] o = b.clone();
        boolean previousCased = false;
        for (int i = 0; i < o.length; i++) {
            int c = o[i];
            if (previousCased) { if (isUpper(c)) o[i] += 32; }
            else if (isLower(c)) o[i] -= 32;
            previousCased = isAlpha(c);
        }
        return o;
    }

    private interface BytePredicate { boolean test(int c); }

    private static boolean allOf(byte[] b, BytePredicate p) {
        if (b.length == 0) return false;
        for (byte c : b) if (!p.test(c & 0xff)) return false;
        return true;
    }

    public static boolean isalpha(byte[] b) { return allOf(b, BytesMethods::isAlpha); }
    public static boolean isalnum(byte[] b) { return allOf(b, c -> isAlpha(c) || isDigit(c)); }
    public static boolean isdigit(byte[] b) { return allOf(b, BytesMethods::isDigit); }
    public static boolean isspace(byte[] b) { return allOf(b, BytesMethods::isSpace); }
    public static boolean isascii(byte[] b) { for (byte c : b) if (c < 0) return false; return true; }

    public static boolean islower(byte[] b) {
        boolean cased = false;
        for (byte c : b) { if (isUpper(c)) return false; if (isLower(c)) cased = true; }
        return cased;
    }

    public static boolean isupper(byte[] b) {
        boolean cased = false;
        for (byte c : b) { if (isLower(c)) return false; if (isUpper(c)) cased = true; }
        return cased;
    }

    public static boolean istitle(byte[] b) {
        boolean cased = false, previousCased = false;
        for (byte c : b) {
            if (isUpper(c)) { if (previousCased) return false; previousCased = cased = true; }
            else if (isLower(c)) { if (!previousCased) return false; previousCased = cased = true; }
            else previousCased = false;
        }
        return cased;
    }

    // ---- translate, hex ------------------------------------------------------------------------

    /** translate(table, delete): table null or exactly 256 bytes ("translation table must be 256 characters long"). */
    public static byte[] translate(byte[] b, byte[] table, byte[] delete) {
        if (table != null && table.length != 256) throw TextError.valueError("translation table must be 256 characters long");
        boolean[] del = new boolean[256];
        if (delete != null) for (byte d : delete) del[d & 0xff] = true;
        byte[] out = new byte[b.length];
        int p = 0;
        for (byte c : b) {
            if (del[c & 0xff]) continue;
            out[p++] = table == null ? c : table[c & 0xff];
        }
        return java.util.Arrays.copyOf(out, p);
    }

    /** bytes.maketrans(from, to) */
    public static byte[] maketrans(byte[] from, byte[] to) {
        if (from.length != to.length) throw TextError.valueError("maketrans arguments must have same length");
        byte[] t = new byte[256];
        for (int i = 0; i < 256; i++) t[i] = (byte) i;
        for (int i = 0; i < from.length; i++) t[from[i] & 0xff] = to[i];
        return t;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * b.hex(sep, bytes_per_sep): sep is 0 for none (else one ASCII char, checked by the VM as
     * "sep must be length 1."); groups count from the right when bytesPerSep > 0, from the left when < 0.
     */
    public static String hex(byte[] b, int sep, long bytesPerSep) {
        if (sep != 0 && sep > 127) throw TextError.valueError("sep must be ASCII.");
        StringBuilder sb = new StringBuilder(b.length * 3);
        long group = Math.abs(bytesPerSep);
        for (int i = 0; i < b.length; i++) {
            if (sep != 0 && group > 0 && i > 0) {
                boolean boundary = bytesPerSep > 0 ? (b.length - i) % group == 0 : i % group == 0;
                if (boundary) sb.append((char) sep);
            }
            sb.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
        }
        return sb.toString();
    }

    /** bytes.fromhex(s): pairs of hex digits, ASCII whitespace allowed between pairs. */
    public static byte[] fromhex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int n = s.length(), i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) { i++; continue; }
            int hi = Character.digit(c, 16);
            if (c >= 128 || hi < 0) throw nonHex(i);
            if (i + 1 >= n) throw nonHex(i + 1);
            char d = s.charAt(i + 1);
            int lo = Character.digit(d, 16);
            if (d >= 128 || lo < 0) throw nonHex(i + 1);
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static TextError nonHex(int pos) {
        return TextError.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
    }
}
