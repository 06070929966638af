package regpy.stdlib.threads;

import java.util.Set;

import regpy.modules.ModuleProvider;
import regpy.objects.PyModule;

/** {@code _queue}: the Java half of the queue module (SimpleQueue, Empty). */
public final class ThreadsModules implements ModuleProvider {
    @Override public Set<String> names() { return Set.of("_queue"); }

    @Override public PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.set("SimpleQueue", SimpleQueueType.TYPE);
        m.set("Empty", SimpleQueueType.EMPTY);
        return m;
    }
}
