package regpy.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * co_exceptiontable: a sorted list of entries (start, length, target, depth << 1 | lasti), all in
 * code units, each value a big-endian varint of 6-bit groups with 0x40 as the continuation bit;
 * the first byte of an entry additionally carries 0x80 as a start marker.
 */
public final class ExceptionTable {
    private ExceptionTable() {}

    public static List<CodeObject.ExceptionEntry> parse(byte[] t) {
        List<CodeObject.ExceptionEntry> out = new ArrayList<>();
        int[] p = {0};
        while (p[0] < t.length) {
            int start = varint(t, p) * 2;
            int length = varint(t, p) * 2;
            int target = varint(t, p) * 2;
            int dl = varint(t, p);
            out.add(new CodeObject.ExceptionEntry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private static int varint(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xff;
        int v = b & 63;
        while ((b & 64) != 0) {
            b = t[p[0]++] & 0xff;
            v = (v << 6) | (b & 63);
        }
        return v;
    }

    /** Encodes entries given in code units (the assembler's side). */
    public static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public void add(int startUnit, int endUnit, int targetUnit, int depth, boolean lasti) {
            write(startUnit, 0x80);
            write(endUnit - startUnit, 0);
            write(targetUnit, 0);
            write(depth << 1 | (lasti ? 1 : 0), 0);
        }

        private void write(int v, int mark) {
            int shift = 0;
            while ((v >>> (shift + 6)) != 0) shift += 6;
            int first = 1;
            for (; shift > 0; shift -= 6) {
                out.write(((v >>> shift) & 63) | 64 | (first == 1 ? mark : 0));
                first = 0;
            }
            out.write((v & 63) | (first == 1 ? mark : 0));
        }

        public byte[] toByteArray() { return out.toByteArray(); }
    }
}
