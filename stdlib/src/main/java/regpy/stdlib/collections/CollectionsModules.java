package regpy.stdlib.collections;

import java.util.Set;

import regpy.modules.ModuleProvider;
import regpy.objects.PyModule;

/** {@code _collections}: the Java half of the collections package (deque). */
public final class CollectionsModules implements ModuleProvider {
    @Override public Set<String> names() { return Set.of("_collections"); }

    @Override public PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.set("deque", DequeType.DEQUE);
        m.set("_deque_iterator", DequeIterator.FORWARD);
        m.set("_deque_reverse_iterator", DequeIterator.REVERSE);
        return m;
    }
}
