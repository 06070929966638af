package regpy.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Emulates CPython's set table to order frozenset constants as CPython iterates them. Int hashes
 * are fixed; str and bytes hashes are CPython's with PYTHONHASHSEED=0 (SipHash-1-3 with a zero
 * key), the setting the expected-output generators run with.
 */
public final class SetOrder {
    private SetOrder() {}

    private static final long MODULUS = (1L << 61) - 1;

    /** hash(None): a constant since 3.12 (0xFCA86420). */
    private static final long NONE_HASH = 0xFCA86420L;
    /** tuplehash's xxHash primes (64-bit build). */
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L, XXPRIME_2 = 0xC2B2AE3D27D4EB4FL, XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** Whether every member's hash is known (ints, str, bytes, None, and tuples of these). */
    public static boolean hashable(Object v) {
        if (v instanceof Const.Tuple t) return t.items().stream().allMatch(SetOrder::hashable);
        return v instanceof Long || v instanceof Boolean || ConstStr.isStr(v) || v instanceof Const.Bytes
                || v == Const.NONE;
    }

    public static long hash(Object v) {
        if (ConstStr.isStr(v)) return strHash(ConstStr.codePoints(v));
        if (v instanceof Const.Bytes b) return bytesHash(b.data());
        if (v == Const.NONE) return NONE_HASH;
        if (v instanceof Const.Tuple t) return tupleHash(t.items());
        long x = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
        long h = Math.floorMod(x, MODULUS);
        if (x < 0) h = -Math.floorMod(-x, MODULUS);
        return h == -1 ? -2 : h;
    }

    /** tuplehash (xxHash-style lanes over the item hashes, 64-bit). */
    private static long tupleHash(java.util.List<Object> items) {
        long acc = XXPRIME_5;
        for (Object item : items) {
            acc += hash(item) * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private static long bytesHash(byte[] data) {
        if (data.length == 0) return 0;
        long h = SipHash13.hash(0, 0, data);
        return h == -1 ? -2 : h;
    }

    /** str hash: SipHash over the string's compact representation (1, 2 or 4 bytes per code point). */
    private static long strHash(int[] cps) {
        int max = 0;
        for (int c : cps) max = Math.max(max, c);
        int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
        byte[] data = new byte[cps.length * kind];
        for (int i = 0; i < cps.length; i++)
            for (int k = 0; k < kind; k++) data[i * kind + k] = (byte) (cps[i] >>> (8 * k));
        return bytesHash(data);
    }

    public static List<Object> order(List<Object> items) {
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
