package regpy.compile;

import java.util.ArrayList;
import java.util.List;

/** Emulates CPython's set table for int members, to order frozenset constants as CPython iterates them. */
final class SetOrder {
    private SetOrder() {}

    private static final long MODULUS = (1L << 61) - 1;

    static long hash(Object v) {
        long x = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
        long h = Math.floorMod(x, MODULUS);
        if (x < 0) h = -Math.floorMod(-x, MODULUS);
        return h == -1 ? -2 : h;
    }

    static List<Object> order(List<Object> items) {
        Object[] table = new Object[8];
        int fill = 0;
        for (Object v : items) {
            insert(table, v);
            fill++;
            int mask = table.length - 1;
            if (fill * 5 >= mask * 3) {
                int used = fill;
                int newSize = 8;
                int minused = used > 50000 ? used * 2 : used * 4;
                while (newSize <= minused) newSize <<= 1;
                Object[] old = table;
                table = new Object[newSize];
                for (Object o : old) if (o != null) insert(table, o);
            }
        }
        List<Object> out = new ArrayList<>();
        for (Object o : table) if (o != null) out.add(o);
        return out;
    }

    private static void insert(Object[] table, Object v) {
        int mask = table.length - 1;
        long hash = hash(v);
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] == null) { table[i] = v; return; }
            if (i + 9 <= mask) {
                for (int j = 1; j <= 9; j++) if (table[i + j] == null) { table[i + j] = v; return; }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
