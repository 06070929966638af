package regpy.cache;

import regpy.objects.PyObject;
import regpy.runtime.Attr;

/** The inline cache of one LOAD_ATTR or LOAD_METHOD instruction. */
public final class AttrCache {
    public final String name;
    final CacheStats.Kind kind;

    AttrCache(String name, CacheStats.Kind kind) { this.name = name; this.kind = kind; }

    /** owner.name: exactly {@link Attr#getAttr}. */
    public PyObject load(PyObject owner) {
        return Attr.getAttr(owner, name);
    }

    /** The method-call form: exactly {@link Attr#loadMethod} (selfOut[0] := self or null). */
    public PyObject loadMethod(PyObject owner, PyObject[] selfOut) {
        return Attr.loadMethod(owner, name, selfOut);
    }
}
