package regpy.code;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * co_linetable, CPython 3.11+'s location table. Each entry covers 1..8 code units and starts
 * with a byte {@code 1cccclll}: c = entry kind, l = units - 1.
 *
 * <pre>
 *   kind 0..9   short form, same line: next byte b; start col = kind*8 + (b>>4), end col = start + (b&15)
 *   kind 10..12 one-line form: line delta = kind - 10, then start col byte, end col byte
 *   kind 13     no columns: line delta (signed varint)
 *   kind 14     long form: line delta (svarint), end-line delta (varint), start col + 1, end col + 1 (varints)
 *   kind 15     no location at all
 * </pre>
 * Varints are little-endian groups of 6 bits with 0x40 as the continuation bit; a signed varint
 * stores |v| << 1 with the sign in bit 0. Line deltas are relative to the previous entry's line,
 * starting from co_firstlineno.
 */
public final class LineTable {
    private LineTable() {}

    public static final int SHORT0 = 0, ONE_LINE0 = 10, ONE_LINE1 = 11, ONE_LINE2 = 12, NO_COLUMNS = 13,
            LONG = 14, NONE = 15;

    /** Location of one code unit; -1 stands for None in every field. */
    public record Position(int line, int endLine, int col, int endCol) {
        public static final Position NONE = new Position(-1, -1, -1, -1);
    }

    /** A run of bytes [start, end) on one line (-1 = None). */
    public record LineRange(int start, int end, int line) {}

    /** One decoded table entry: length in code units plus its position. */
    public record Entry(int units, Position pos) {}

    /** Decode every entry, with absolute lines. */
    public static List<Entry> entries(byte[] table, int firstLine) {
        List<Entry> out = new ArrayList<>();
        int[] p = {0};
        int line = firstLine;
        while (p[0] < table.length) {
            int first = table[p[0]++] & 0xff;
            int kind = (first >> 3) & 15;
            int units = (first & 7) + 1;
            Position pos;
            switch (kind) {
                case NONE -> pos = Position.NONE;
                case LONG -> {
                    line += svarint(table, p);
                    int endLine = line + varint(table, p);
                    int col = varint(table, p) - 1;
                    int endCol = varint(table, p) - 1;
                    pos = new Position(line, endLine, col, endCol);
                }
                case NO_COLUMNS -> {
                    line += svarint(table, p);
                    pos = new Position(line, line, -1, -1);
                }
                case ONE_LINE0, ONE_LINE1, ONE_LINE2 -> {
                    line += kind - ONE_LINE0;
                    int col = table[p[0]++] & 0xff;
                    int endCol = table[p[0]++] & 0xff;
                    pos = new Position(line, line, col, endCol);
                }
                default -> {
                    int b = table[p[0]++] & 0xff;
                    int col = kind * 8 + ((b >> 4) & 7);
                    pos = new Position(line, line, col, col + (b & 15));
                }
            }
            out.add(new Entry(units, pos));
        }
        return out;
    }

    /** co_positions(): one Position per code unit. */
    public static List<Position> positions(byte[] table, int firstLine, int codeUnits) {
        List<Position> out = new ArrayList<>(codeUnits);
        for (Entry e : entries(table, firstLine))
            for (int i = 0; i < e.units(); i++) out.add(e.pos());
        while (out.size() < codeUnits) out.add(Position.NONE);
        return out;
    }

    /** co_lines(): byte ranges per line, adjacent ranges on the same line merged. */
    public static List<LineRange> lines(byte[] table, int firstLine) {
        List<LineRange> out = new ArrayList<>();
        int offset = 0;
        for (Entry e : entries(table, firstLine)) {
            int end = offset + e.units() * 2;
            int line = e.pos().line();
            if (!out.isEmpty() && out.getLast().line() == line && out.getLast().end() == offset)
                out.set(out.size() - 1, new LineRange(out.getLast().start(), end, line));
            else out.add(new LineRange(offset, end, line));
            offset = end;
        }
        return out;
    }

    /** The line of the code unit at byte offset, or -1. */
    public static int lineAt(byte[] table, int firstLine, int offset) {
        int at = 0;
        for (Entry e : entries(table, firstLine)) {
            at += e.units() * 2;
            if (offset < at) return e.pos().line();
        }
        return -1;
    }

    static int varint(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xff;
        int v = b & 63, shift = 0;
        while ((b & 64) != 0) {
            b = t[p[0]++] & 0xff;
            shift += 6;
            v |= (b & 63) << shift;
        }
        return v;
    }

    static int svarint(byte[] t, int[] p) {
        int u = varint(t, p);
        return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
    }

    // ---- encoding (the assembler's side) ---------------------------------------------------------

    /**
     * Builds a location table the way CPython's assembler does: the caller gives each
     * instruction's position and size in code units; entries longer than 8 units are split.
     */
    public static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int prevLine;

        public Writer(int firstLine) { prevLine = firstLine; }

        /** Append a location covering {@code units} code units. */
        public void add(Position pos, int units) {
            while (units > 8) { entry(pos, 8); units -= 8; }
            entry(pos, units);
        }

        private void entry(Position pos, int units) {
            if (pos.line() < 0) { first(NONE, units); return; }
            int lineDelta = pos.line() - prevLine;
            int col = pos.col(), endCol = pos.endCol();
            if (col < 0 || endCol < 0) {
                if (pos.endLine() == pos.line() || pos.endLine() < 0) {
                    first(NO_COLUMNS, units);
                    writeSvarint(lineDelta);
                    prevLine = pos.line();
                    return;
                }
            } else if (pos.endLine() == pos.line()) {
                if (lineDelta == 0 && col < 80 && endCol - col < 16 && endCol >= col) {
                    first(col / 8, units);
                    out.write(((col % 8) << 4) | (endCol - col));
                    return;
                }
                if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
                    first(ONE_LINE0 + lineDelta, units);
                    out.write(col);
                    out.write(endCol);
                    prevLine = pos.line();
                    return;
                }
            }
            first(LONG, units);
            writeSvarint(lineDelta);
            writeVarint(pos.endLine() - pos.line());
            writeVarint(col + 1);
            writeVarint(endCol + 1);
            prevLine = pos.line();
        }

        private void first(int kind, int units) { out.write(0x80 | (kind << 3) | (units - 1)); }

        private void writeVarint(int v) {
            while (v >= 64) { out.write(64 | (v & 63)); v >>>= 6; }
            out.write(v);
        }

        private void writeSvarint(int v) { writeVarint(v < 0 ? ((-v) << 1) | 1 : v << 1); }

        public byte[] toByteArray() { return out.toByteArray(); }
    }
}
