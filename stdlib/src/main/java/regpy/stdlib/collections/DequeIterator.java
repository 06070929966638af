package regpy.stdlib.collections;

import regpy.objects.*;
import regpy.runtime.*;

/**
 * Iterator over a deque, forwards or backwards. It remembers the deque's structural state when
 * created and raises "deque mutated during iteration" once the deque changes, as CPython does;
 * each step reads one item atomically, so it never sees a half-made change.
 */
final class DequeIterator extends PyObject {
    static final PyType FORWARD = Types.builtin("_deque_iterator", Types.OBJECT, null, DequeIterator::init);
    static final PyType REVERSE = Types.builtin("_deque_reverse_iterator", Types.OBJECT, null, DequeIterator::init);

    private final PyDeque deque;
    private final boolean reversed;
    private final long state;
    private int remaining;       // items not yet returned
    private final int length;    // the deque's length when the iteration started

    DequeIterator(PyDeque deque, boolean reversed) {
        this.deque = deque;
        this.reversed = reversed;
        synchronized (deque) {
            this.state = deque.state();
            this.length = deque.size();
        }
        this.remaining = length;
    }

    @Override public PyType type() { return reversed ? REVERSE : FORWARD; }

    /** The next item, or null at the end. */
    synchronized PyObject next() {
        if (deque.state() != state) {
            remaining = 0;
            throw DequeType.mutated();
        }
        if (remaining == 0) return null;
        int i = reversed ? remaining - 1 : length - remaining;
        PyObject x = deque.getIfState(i, state);
        if (x == null) {     // changed between the two reads
            remaining = 0;
            throw DequeType.mutated();
        }
        remaining--;
        return x;
    }

    static void init(PyType t) {
        t.set("__module__", PyStr.of("collections"));
        t.m0("__iter__", self -> self);
        t.m0("__next__", self -> {
            PyObject x = ((DequeIterator) self).next();
            if (x == null) throw Errors.stopIteration();
            return x;
        });
        t.m0("__length_hint__", self -> {
            DequeIterator it = (DequeIterator) self;
            synchronized (it) { return PyInt.of(it.remaining); }
        });
    }
}
