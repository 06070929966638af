package regpy.text;

/**
 * bytes.decode for utf-16 and utf-32 (and their -le/-be forms). The plain names read a BOM
 * when there is one and default to little-endian; messages then name the byte order found
 * ('utf-16-le'), as CPython's do.
 */
final class WideDecoder {
    private WideDecoder() {}

    static String decode(byte[] b, Codecs.Codec codec, String errors) {
        boolean wide = codec.utf32();
        boolean big = codec.kind() == Codecs.Kind.UTF16BE || codec.kind() == Codecs.Kind.UTF32BE;
        int pos = 0, n = b.length;
        if (codec.bom()) {
            if (!wide && n >= 2) {
                if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) pos = 2;
                else if ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) { pos = 2; big = true; }
            } else if (wide && n >= 4) {
                if (unit32(b, 0, false) == 0xFEFF) pos = 4;
                else if (unit32(b, 0, true) == 0xFEFF) { pos = 4; big = true; }
            }
        }
        String name = (wide ? "utf-32" : "utf-16") + (big ? "-be" : "-le");
        StringBuilder sb = new StringBuilder(n / 2);
        final boolean bigEndian = big;
        while (pos < n) {
            int size = wide ? 4 : 2;
            int end;
            String reason;
            if (n - pos < size) {
                end = n;
                reason = "truncated data";
            } else if (wide) {
                long c = unit32(b, pos, big) & 0xffffffffL;
                if (c > 0x10FFFF) { end = pos + 4; reason = "code point not in range(0x110000)"; }
                else if (c >= 0xD800 && c <= 0xDFFF) { end = pos + 4; reason = "code point in surrogate code point range(0xd800, 0xe000)"; }
                else { sb.appendCodePoint((int) c); pos += 4; continue; }
            } else {
                int u = unit16(b, pos, big);
                if (u < 0xD800 || u > 0xDFFF) { sb.append((char) u); pos += 2; continue; }
                if (u <= 0xDBFF) {
                    if (n - pos < 4) { end = n; reason = "unexpected end of data"; }
                    else {
                        int v = unit16(b, pos + 2, big);
                        if (v >= 0xDC00 && v <= 0xDFFF) { sb.append((char) u).append((char) v); pos += 4; continue; }
                        end = pos + 2;
                        reason = "illegal UTF-16 surrogate";
                    }
                } else {
                    end = pos + 2;
                    reason = "illegal encoding";
                }
            }
            final int at = pos;
            pos = Codecs.decodeError(sb, b, pos, end, name, reason, errors, () -> {
                // a surrogate unit (or code point) at the error position is let through
                if (n - at < size) return -1;
                long c = wide ? unit32(b, at, bigEndian) & 0xffffffffL : unit16(b, at, bigEndian);
                if (c < 0xD800 || c > 0xDFFF) return -1;
                sb.append((char) c);
                return at + size;
            });
        }
        return sb.toString();
    }

    private static int unit16(byte[] b, int i, boolean big) {
        int x = b[i] & 0xff, y = b[i + 1] & 0xff;
        return big ? x << 8 | y : y << 8 | x;
    }

    private static int unit32(byte[] b, int i, boolean big) {
        int a = b[i] & 0xff, c = b[i + 1] & 0xff, d = b[i + 2] & 0xff, e = b[i + 3] & 0xff;
        return big ? a << 24 | c << 16 | d << 8 | e : e << 24 | d << 16 | c << 8 | a;
    }
}
