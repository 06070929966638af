package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** slice.indices(len) semantics, shared by every sequence type. */
public final class Slices {
    private Slices() {}

    /** {start, stop, step, length} clipped to a sequence of length n. */
    public static long[] indices(PySlice s, long n) {
        long step = s.step == PySingleton.NONE ? 1 : clampIndex(s.step);
        if (step == 0) throw Errors.valueError("slice step cannot be zero");
        long start, stop;
        if (s.start == PySingleton.NONE) start = step < 0 ? n - 1 : 0;
        else {
            start = clampIndex(s.start);
            if (start < 0) { start += n; if (start < 0) start = step < 0 ? -1 : 0; }
            else if (start >= n) start = step < 0 ? n - 1 : n;
        }
        if (s.stop == PySingleton.NONE) stop = step < 0 ? -1 : n;
        else {
            stop = clampIndex(s.stop);
            if (stop < 0) { stop += n; if (stop < 0) stop = step < 0 ? -1 : 0; }
            else if (stop >= n) stop = step < 0 ? n - 1 : n;
        }
        long len;
        if (step < 0) len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        else len = start < stop ? (stop - start - 1) / step + 1 : 0;
        return new long[] {start, stop, step, len};
    }

    private static long clampIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null)
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        PyInt i = Abstract.index(o);
        if (i.big != null) return i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        return Math.max(Long.MIN_VALUE / 2, Math.min(Long.MAX_VALUE / 2, i.value));
    }
}
