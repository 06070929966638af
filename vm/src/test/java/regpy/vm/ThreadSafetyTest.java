package regpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import regpy.objects.*;
import regpy.runtime.Abstract;

/** Single container operations are atomic when many threads use them at once (no GIL). */
class ThreadSafetyTest {
    private static void parallel(int threads, Runnable body) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < threads; i++) ts.add(new Thread(body));
        ts.forEach(Thread::start);
        for (Thread t : ts) t.join();
    }

    @Test
    void listAppendLosesNothing() throws InterruptedException {
        PyList l = new PyList();
        parallel(8, () -> { for (int i = 0; i < 20000; i++) l.append(PyInt.of(i)); });
        assertEquals(160000, l.size());
    }

    @Test
    void dictSetItemLosesNothing() throws InterruptedException {
        PyDict d = new PyDict();
        int[] id = {0};
        parallel(8, () -> {
            int base;
            synchronized (id) { base = id[0]++ * 100000; }
            for (int i = 0; i < 5000; i++) d.put(PyInt.of(base + i), PyStr.of("v"));
        });
        assertEquals(40000, d.size());
    }

    @Test
    void dictKeepsInsertionOrderAcrossDeletes() {
        PyDict d = new PyDict();
        for (int i = 0; i < 100; i++) d.putStr("k" + i, PyInt.of(i));
        for (int i = 0; i < 100; i += 2) d.removeStr("k" + i);
        d.putStr("k0", PyInt.ZERO);
        PyObject[] keys = d.keysArray();
        assertEquals(51, keys.length);
        assertEquals("k1", ((PyStr) keys[0]).value);
        assertEquals("k0", ((PyStr) keys[50]).value);
        int before = d.keysVersion();
        d.putStr("k1", PyInt.ONE);
        assertEquals(before, d.keysVersion(), "replacing a value keeps the keys version");
    }

    @Test
    void smallIntSetsIterateLikeCPython() {
        PySet s = new PySet(false);
        for (long v : new long[] {10, 3, 1, 2}) s.add(PyInt.of(v));
        StringBuilder sb = new StringBuilder();
        for (PyObject o : s.toArray()) sb.append(Abstract.reprString(o)).append(' ');
        assertEquals("2 1 10 3 ", sb.toString());   // CPython: s.add(10), s.add(3), s.add(1), s.add(2) prints {2, 1, 10, 3}
    }
}
