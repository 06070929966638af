package regpy.stdlib.threads;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;

import regpy.objects.*;
import regpy.runtime.*;

/**
 * _queue.SimpleQueue: an unbounded FIFO on java.util.concurrent's LinkedTransferQueue, a
 * lock-free linked queue whose consumers park while it is empty. put never blocks; get blocks
 * with an optional timeout and raises _queue.Empty. Every operation is atomic and no Python
 * lock is involved, so a put/get pair costs a few CAS operations.
 *
 * <p>(JCTools' queues are faster still for a fixed number of producers or consumers, but have
 * no blocking take: a consumer would have to spin or park itself, which LinkedTransferQueue
 * already does well.)
 */
final class SimpleQueueType {
    private SimpleQueueType() {}

    static final PyType TYPE = Types.builtin("SimpleQueue", Types.OBJECT, Queue.Sub::new, SimpleQueueType::init);
    /** _queue.Empty (queue.Empty): created as a Python class deriving from Exception. */
    static final PyType EMPTY = (PyType) Calls.call(Types.TYPE, PyStr.of("Empty"), PyTuple.of(Types.EXCEPTION),
            dictOf("__module__", PyStr.of("_queue"), "__doc__", PyStr.of("Exception raised by Queue.get(block=0)/get_nowait().")));

    static class Queue extends PyObject {
        final LinkedTransferQueue<PyObject> items = new LinkedTransferQueue<>();
        @Override public PyType type() { return TYPE; }

        static final class Sub extends Queue {
            private final PyType type;
            private final PyDict dict;
            Sub(PyType type) { this.type = type; this.dict = type.instanceDict ? new PyDict() : null; }
            @Override public PyType type() { return type; }
            @Override public PyDict getDict() { return dict; }
        }
    }

    private static PyDict dictOf(String k1, PyObject v1, String k2, PyObject v2) {
        PyDict d = new PyDict();
        d.putStr(k1, v1);
        d.putStr(k2, v2);
        return d;
    }

    static Queue q(PyObject o) { return (Queue) o; }

    static void init(PyType t) {
        t.set("__module__", PyStr.of("_queue"));
        t.set("__doc__", PyStr.of("Simple, unbounded, reentrant FIFO queue."));
        t.staticMethod("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (a.length > 1 && cls == TYPE) throw Errors.typeError("SimpleQueue() takes no positional arguments");
            return cls == TYPE ? new Queue() : new Queue.Sub(cls);
        });
        t.mv("put", (self, a, k) -> {
            PyObject[] p = Args.parse("put", a, k, 1, "item", "block", "timeout");
            q(self).items.offer(p[0]);   // unbounded: block and timeout are accepted and ignored, as in CPython
            return PySingleton.NONE;
        });
        t.m1("put_nowait", (self, x) -> { q(self).items.offer(x); return PySingleton.NONE; });
        t.mv("get", (self, a, k) -> {
            PyObject[] p = Args.parse("get", a, k, 0, "block", "timeout");
            boolean block = p[0] == null || Abstract.isTrue(p[0]);
            double timeout = -1;
            if (p[1] != null && p[1] != PySingleton.NONE) {
                timeout = regpy.types.FloatType.convert(p[1]);
                if (timeout < 0) throw Errors.valueError("'timeout' must be a non-negative number");
            }
            return get(q(self), block, timeout);
        });
        t.m0("get_nowait", self -> get(q(self), false, -1));
        t.m0("empty", self -> PyBool.of(q(self).items.isEmpty()));
        t.m0("qsize", self -> PyInt.of(q(self).items.size()));
        t.classMethod("__class_getitem__", (cls, a, k) -> GenericAlias.of(cls, a[0]));
    }

    private static PyObject get(Queue q, boolean block, double timeout) {
        PyObject x = q.items.poll();
        if (x != null) return x;
        if (!block) throw Errors.of(EMPTY, new PyObject[0]);
        try {
            x = timeout < 0 ? q.items.take() : q.items.poll((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw Interrupts.keyboardInterrupt();
        }
        if (x == null) throw Errors.of(EMPTY, new PyObject[0]);
        return x;
    }
}
