package regpy.modules;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import regpy.objects.PyObject;

/** id(): a unique number per live object, assigned on first request. */
final class Identity {
    private Identity() {}

    private static final Map<PyObject, Long> IDS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final AtomicLong NEXT = new AtomicLong(0x7f0000001000L);

    static long id(PyObject o) {
        // WeakHashMap uses equals/hashCode; PyObject keeps identity semantics for both.
        return IDS.computeIfAbsent(o, x -> NEXT.getAndAdd(16));
    }
}
