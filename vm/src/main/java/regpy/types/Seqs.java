package regpy.types;

import java.util.IdentityHashMap;

import regpy.objects.*;
import regpy.runtime.*;

/** Helpers shared by list, tuple and other containers: repr with recursion guard, comparison, sorting. */
public final class Seqs {
    private Seqs() {}

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPRING = ThreadLocal.withInitial(IdentityHashMap::new);

    /** Enter a container repr; false when already inside it (self-reference). */
    public static boolean reprEnter(PyObject o) { return REPRING.get().put(o, Boolean.TRUE) == null; }
    public static void reprLeave(PyObject o) { REPRING.get().remove(o); }

    public static String join(PyObject container, String open, PyObject[] items, String close, String recursive) {
        if (!reprEnter(container)) return recursive;
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.repr(items[i]).value);
            }
            return sb.append(close).toString();
        } finally {
            reprLeave(container);
        }
    }

    /** Lexicographic rich comparison of two item arrays. */
    public static PyObject compare(PyObject[] a, PyObject[] b, int op) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        for (; i < n; i++) if (!Abstract.richEqBool(a[i], b[i])) break;
        if (i >= n) {
            int c = Integer.compare(a.length, b.length);
            return PyBool.of(switch (op) { case 0 -> c < 0; case 1 -> c <= 0; case 2 -> c == 0; case 3 -> c != 0; case 4 -> c > 0; default -> c >= 0; });
        }
        if (op == Abstract.EQ) return PyBool.FALSE;
        if (op == Abstract.NE) return PyBool.TRUE;
        return Abstract.richCompare(a[i], b[i], op);
    }

    /** A stable merge sort using '<' (never throws Java's contract violation). */
    public static void sort(PyObject[] keys, PyObject[] values, boolean reverse) {
        int n = keys.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Integer[] tmp = new Integer[n];
        mergeSort(idx, tmp, 0, n, keys, reverse);
        PyObject[] sortedVals = new PyObject[n];
        for (int i = 0; i < n; i++) sortedVals[i] = values[idx[i]];
        System.arraycopy(sortedVals, 0, values, 0, n);
    }

    private static boolean less(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null)
            return ((PyInt) a).value < ((PyInt) b).value;
        return Abstract.isTrue(Abstract.richCompare(a, b, Abstract.LT));
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, PyObject[] keys, boolean reverse) {
        if (hi - lo < 2) return;
        if (hi - lo <= 8) {
            for (int i = lo + 1; i < hi; i++) {
                Integer x = a[i];
                int j = i - 1;
                while (j >= lo && (reverse ? less(keys[a[j]], keys[x]) : less(keys[x], keys[a[j]]))) { a[j + 1] = a[j]; j--; }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys, reverse);
        mergeSort(a, tmp, mid, hi, keys, reverse);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            boolean takeRight = reverse ? less(keys[a[i]], keys[a[j]]) : less(keys[a[j]], keys[a[i]]);
            tmp[k++] = takeRight ? a[j++] : a[i++];
        }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    /** Normalises a sequence index, raising IndexError with the given message. */
    public static int index(PyObject key, int n, String what) {
        long i = Abstract.seqIndex(key, what);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError(what + " index out of range");
        return (int) i;
    }

    public static PyObject[] slice(PyObject[] items, PySlice s) {
        long[] r = Slices.indices(s, items.length);
        int len = (int) r[3];
        PyObject[] out = new PyObject[len];
        for (int i = 0, j = (int) r[0]; i < len; i++, j += (int) r[2]) out[i] = items[j];
        return out;
    }

    public static PyObject[] repeat(PyObject[] items, long n) {
        if (n <= 0 || items.length == 0) return new PyObject[0];
        if ((long) items.length * n > Integer.MAX_VALUE - 16) throw Errors.memoryError();
        PyObject[] out = new PyObject[(int) (items.length * n)];
        for (int i = 0; i < n; i++) System.arraycopy(items, 0, out, i * items.length, items.length);
        return out;
    }

    public static long hashTuple(PyObject[] items) {
        // xxHash-style mixing as CPython's tuplehash
        long acc = 0x27D4EB2F165667C5L;
        for (PyObject x : items) {
            long lane = Abstract.hash(x);
            acc += lane * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31);
            acc *= 0x9E3779B185EBCA87L;
        }
        acc += items.length ^ (0x27D4EB2F165667C5L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
