package regpy.objects;

import regpy.runtime.Abstract;
import regpy.runtime.Errors;

/**
 * The builtin iterators over lists, tuples, strings, ranges, dicts, sets, bytes, sequences
 * (the __getitem__ protocol) and callables: one class, a kind, and a position. next() returns
 * null when exhausted (the engines turn that into StopIteration only where Python sees it).
 */
public final class PyIterator extends PyObject {
    public enum Kind { LIST, LIST_REVERSED, TUPLE, STR, BYTES, RANGE, DICT_KEYS, DICT_VALUES, DICT_ITEMS, SET, SEQ, CALLABLE }

    private final Kind kind;
    private PyObject source;
    private long pos;
    private long end;
    private int expectedMutations;
    private final PyObject sentinel;

    public PyIterator(Kind kind, PyObject source) { this(kind, source, null); }

    public PyIterator(Kind kind, PyObject source, PyObject sentinel) {
        this.kind = kind;
        this.source = source;
        this.sentinel = sentinel;
        switch (kind) {
            case LIST_REVERSED -> pos = ((PyList) source).size() - 1;
            case DICT_KEYS, DICT_VALUES, DICT_ITEMS -> { expectedMutations = ((PyDict) source).size(); end = ((PyDict) source).mutations(); }
            case SET -> expectedMutations = ((PySet) source).mutations();
            case RANGE -> end = ((PyRange) source).length;
            default -> {}
        }
    }

    @Override public PyType type() {
        return switch (kind) {
            case LIST -> Types.LIST_ITERATOR;
            case LIST_REVERSED -> Types.LIST_REVERSEITERATOR;
            case TUPLE -> Types.TUPLE_ITERATOR;
            case STR -> Types.STR_ITERATOR;
            case BYTES -> Types.BYTES_ITERATOR;
            case RANGE -> Types.RANGE_ITERATOR;
            case DICT_KEYS -> Types.DICT_KEYITERATOR;
            case DICT_VALUES -> Types.DICT_VALUEITERATOR;
            case DICT_ITEMS -> Types.DICT_ITEMITERATOR;
            case SET -> Types.SET_ITERATOR;
            case SEQ -> Types.ITERATOR;
            case CALLABLE -> Types.CALLABLE_ITERATOR;
        };
    }

    /** The next item, or null when exhausted. */
    public PyObject next() {
        PyObject s = source;
        if (s == null) return null;
        PyObject v = switch (kind) {
            case LIST -> ((PyList) s).get((int) pos++);
            case LIST_REVERSED -> pos >= 0 ? ((PyList) s).get((int) pos--) : null;
            case TUPLE -> pos < ((PyTuple) s).size() ? ((PyTuple) s).items[(int) pos++] : null;
            case STR -> {
                PyStr str = (PyStr) s;
                if (pos >= str.value.length()) yield null;
                int cp = str.value.codePointAt((int) pos);
                pos += Character.charCount(cp);
                yield PyStr.ofCodePoint(cp);
            }
            case BYTES -> pos < ((PyBytes) s).size() ? PyInt.of(((PyBytes) s).get((int) pos++)) : null;
            case RANGE -> pos < end ? PyInt.of(((PyRange) s).get(pos++)) : null;
            case DICT_KEYS, DICT_VALUES, DICT_ITEMS -> nextDict((PyDict) s);
            case SET -> {
                PySet set = (PySet) s;
                if (set.mutations() != expectedMutations) {
                    source = null;
                    throw Errors.runtimeError("Set changed size during iteration");
                }
                int i = set.next((int) pos);
                if (i < 0) yield null;
                pos = i + 1;
                yield set.keyAt(i);
            }
            case SEQ -> {
                try {
                    yield Abstract.getItem(s, PyInt.of(pos++));
                } catch (regpy.runtime.PyException e) {
                    if (e.exc.type().isSubtype(Types.INDEX_ERROR) || e.exc.type().isSubtype(Types.STOP_ITERATION)) yield null;
                    throw e;
                }
            }
            case CALLABLE -> {
                PyObject r = s.call(new PyObject[0], null);
                yield Abstract.richEqBool(r, sentinel) ? null : r;
            }
        };
        if (v == null) source = null;
        return v;
    }

    private PyObject nextDict(PyDict d) {
        if (d.size() != expectedMutations) {
            source = null;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        int e = d.next((int) pos);
        if (e < 0) return null;
        pos = e + 1;
        PyObject k = d.keyAt(e), v = d.valueAt(e);
        if (k == null) return nextDict(d);
        return switch (kind) {
            case DICT_KEYS -> k;
            case DICT_VALUES -> v;
            default -> PyTuple.of(k, v);
        };
    }

    /** __length_hint__ for the simple kinds. */
    public long lengthHint() {
        PyObject s = source;
        if (s == null) return 0;
        return switch (kind) {
            case LIST -> Math.max(0, ((PyList) s).size() - pos);
            case TUPLE -> ((PyTuple) s).size() - pos;
            case RANGE -> end - pos;
            case LIST_REVERSED -> pos + 1;
            default -> 0;
        };
    }
}
