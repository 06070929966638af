package regpy.objects;

/**
 * An instance of a class defined in Python whose solid base is object: the class, the
 * __dict__ (null when the class uses __slots__ only), and the slot values.
 *
 * <p>The dict is a plain {@link PyDict} per instance (no shared-keys layout): LOAD_ATTR caches
 * read it at a cached entry index, checked to hold the name (docs/INLINE_CACHES.md). The field
 * is volatile so that {@code obj.__dict__ = d} publishes d safely to cache hits in other
 * threads, which read it without a lock.
 */
public class PyInstance extends PyObject {
    private volatile PyType type;
    private volatile PyDict dict;
    public final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.slots = type == null || type.slotCount == 0 ? NO_SLOTS : new PyObject[type.slotCount];
        if (type != null && type.instanceDict) dict = new PyDict();
    }

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    @Override public PyType type() { return type; }
    public void setType(PyType t) { this.type = t; }
    @Override public PyDict getDict() { return dict; }
    public void setDict(PyDict d) { this.dict = d; }
}
