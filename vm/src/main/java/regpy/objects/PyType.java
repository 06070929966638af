package regpy.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import regpy.runtime.Errors;

/**
 * A Python type: builtin or defined by a class statement. See {@link PyObject} for how builtin
 * types and their methods are declared.
 *
 * <p>Inline caches (issue 6) guard on {@link #version()}: it changes whenever this type's dict,
 * bases or any class in its MRO changes ({@link #modified()} propagates down the weak subclass
 * lists). Attribute lookup through the MRO is memoised per type and reset with the version.
 * The type's dict is watched ({@link PyDict#watch}), so every mutation of it, by whatever path,
 * calls modified(); builtin types are watched once their lazy init has filled the dict.
 *
 * <p>Versions are unique across all types (one global counter), so a version number read from
 * a type identifies that type in that state.
 */
public class PyType extends PyObject {
    private static final AtomicInteger VERSIONS = new AtomicInteger(1);
    private static final PyObject MISSING = new PyInstance(null);

    private volatile PyType metatype;
    private String name;
    private String qualname;
    private volatile PyType[] bases;
    private volatile PyType[] mro;
    private final PyDict dict;
    private volatile int version = VERSIONS.getAndIncrement();
    private volatile ConcurrentHashMap<String, PyObject> cache = new ConcurrentHashMap<>();
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();

    /** Builtin types are immutable from Python (no attribute assignment). */
    final boolean builtin;
    /** Whether class statements may use this type as a base. */
    public boolean baseType = true;
    /** Creates the instance layout for this type and its subclasses (inherited from the solid base). */
    public Fn.Factory factory;
    /** Instances of this (Python-defined) class carry a __dict__. */
    public boolean instanceDict;
    /** __slots__ names declared by this class itself, and the total slot count with inherited ones. */
    public String[] ownSlots = new String[0];
    public int slotCount;
    /** Marks abstract helper flags (e.g. exceptions) that runtime code tests cheaply. */
    public boolean isException;

    private Consumer<PyType> init;
    private volatile boolean ready;
    /** Set (under the monitor) while the lazy init runs. */
    private boolean initializing;

    /** A builtin type; its dict is filled by init on first use. */
    public PyType(String name, PyType base, Fn.Factory factory, Consumer<PyType> init) {
        this.name = name;
        this.qualname = name;
        this.builtin = true;
        this.dict = new PyDict();
        this.factory = factory;
        this.init = init;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.mro = computeMro(this, this.bases);
        if (base != null) {
            base.addSubclass(this);
            if (factory == null) this.factory = base.factory;
            this.isException = base.isException;
        }
    }

    /** A type created by a class statement or type(name, bases, dict). */
    public PyType(PyType metatype, String name, PyType[] bases, PyDict dict) {
        this.metatype = metatype;
        this.name = name;
        this.qualname = name;
        this.builtin = false;
        this.ready = true;
        this.dict = dict;
        this.bases = bases;
        this.mro = computeMro(this, bases);
        for (PyType b : bases) b.addSubclass(this);
        PyType solid = bases[0];
        this.factory = solid.factory;
        for (PyType b : bases) if (b.isException) this.isException = true;
        dict.watch(this);
    }

    @Override public PyType type() { return metatype == null ? Types.TYPE : metatype; }
    public void setMetatype(PyType m) { this.metatype = m; }

    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        return regpy.types.TypeType.call(this, args, kwnames);
    }

    public String getName() { return name; }
    public void setName(String n) { this.name = n; modified(); }
    public String getQualname() { return qualname; }
    public void setQualname(String q) { this.qualname = q; }
    public PyType[] getBases() { return bases; }
    public PyType getBase() { return bases.length == 0 ? null : bases[0]; }
    public PyType[] getMro() { return mro; }
    public boolean isBuiltin() { return builtin; }
    public int version() { return version; }

    /**
     * The version at which {@code lookup("__setattr__")} was last seen to be object.__setattr__
     * (Attr.setAttr's memo, so a STORE_ATTR on a plain instance skips that lookup); -1: never.
     * Whoever records it read the version before the lookup, so a concurrent change leaves a
     * version that never matches again.
     */
    private volatile int plainSetattrVersion = -1;

    public boolean plainSetattrAt(int version) { return plainSetattrVersion == version; }
    public void notePlainSetattr(int version) { plainSetattrVersion = version; }

    /** The type's own dict (filled on first use for builtin types). */
    public PyDict dict() { ensureReady(); return dict; }

    /**
     * Runs the lazy init once. An init that reads its own type's dict (reentrant, same thread)
     * gets the partly filled dict without marking the type ready, so other threads wait on the
     * monitor until the dict is complete, and the dict is watched only from then on (filling it
     * does not churn the versions of the type and its subclasses).
     */
    private void ensureReady() {
        if (!ready) {
            synchronized (this) {
                if (ready || initializing) return;
                initializing = true;
                Consumer<PyType> i = init;
                init = null;
                if (i != null) i.accept(this);
                dict.watch(this);
                ready = true;
            }
        }
    }

    /** Looks name up along the MRO (no descriptor binding); null when absent. */
    public PyObject lookup(String name) {
        ConcurrentHashMap<String, PyObject> c = cache;
        PyObject v = c.get(name);
        if (v != null) return v == MISSING ? null : v;
        PyObject found = null;
        for (PyType t : mro) {
            found = t.dict().getStr(name);
            if (found != null) break;
        }
        c.put(name, found == null ? MISSING : found);
        return found;
    }

    /** The class along the MRO whose dict defines name, or null. */
    public PyType definingClass(String name) {
        for (PyType t : mro) if (t.dict().getStr(name) != null) return t;
        return null;
    }

    public boolean isSubtype(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /**
     * Called after any change to this type's dict or bases: new version, caches dropped here and
     * below. Order matters for inline caches, which read the version before they look up: the
     * lookup memo is replaced before the new version is published, so whoever sees the new
     * version also sees a memo filled only from the changed dicts.
     */
    public void modified() {
        cache = new ConcurrentHashMap<>();
        version = VERSIONS.getAndIncrement();
        for (PyType sub : liveSubclasses()) sub.modified();
    }

    public void setBases(PyType[] newBases) {
        PyType[] newMro = computeMro(this, newBases);
        this.bases = newBases;
        this.mro = newMro;
        for (PyType b : newBases) b.addSubclass(this);
        modified();
    }

    private void addSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            subclasses.add(new WeakReference<>(sub));
        }
    }

    public List<PyType> liveSubclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null && !out.contains(t)) out.add(t);
            }
        }
        return out;
    }

    /** Sets an attribute in the type dict; the version changes. */
    public void setAttr(String name, PyObject value) {
        if (builtin) throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        dict().putStr(name, value);   // the watched dict calls modified()
    }

    public void delAttr(String name) {
        if (builtin) throw Errors.typeError("cannot delete '" + name + "' attribute of immutable type '" + this.name + "'");
        if (dict().removeStr(name) == null)
            throw Errors.attributeError("type object '" + this.name + "' has no attribute '" + name + "'");
    }

    // ---- C3 linearisation ---------------------------------------------------------------------

    static PyType[] computeMro(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.getMro())));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return out.toArray(new PyType[0]);
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) if (s2.indexOf(head) > 0) { inTail = true; break; }
                if (!inTail) { cand = head; break; }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases ");
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> s : seqs) if (!heads.contains(s.get(0))) heads.add(s.get(0));
                for (int i = 0; i < heads.size(); i++) { if (i > 0) sb.append(", "); sb.append(heads.get(i).getName()); }
                throw Errors.typeError(sb.toString());
            }
            out.add(cand);
            for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == cand) s.remove(0);
        }
    }

    // ---- declaring builtin methods (used by init functions) ------------------------------------

    public void set(String name, PyObject value) { dict.putStr(name, value); }

    public void m0(String name, Fn.M0 f) { set(name, new PyMethodDescr(this, name, 0, 0, (s, a, k) -> f.call(s))); }
    public void m1(String name, Fn.M1 f) { set(name, new PyMethodDescr(this, name, 1, 1, (s, a, k) -> f.call(s, a[0]))); }
    public void m2(String name, Fn.M2 f) { set(name, new PyMethodDescr(this, name, 2, 2, (s, a, k) -> f.call(s, a[0], a[1]))); }
    public void m3(String name, Fn.M3 f) { set(name, new PyMethodDescr(this, name, 3, 3, (s, a, k) -> f.call(s, a[0], a[1], a[2]))); }
    /** A method taking the raw arguments (it does its own checking, usually with Args.parse). */
    public void mv(String name, Fn.MV f) { set(name, new PyMethodDescr(this, name, -1, -1, f)); }
    public void getset(String name, Fn.Getter g, Fn.Setter s) { set(name, new PyGetSetDescr(this, name, g, s)); }
    public void classMethod(String name, Fn.MV f) {
        set(name, new PyClassMethod(new PyMethodDescr(this, name, -1, -1, f)));
    }
    public void staticMethod(String name, Fn.V f) {
        set(name, new PyStaticMethod(new PyBuiltinFunction(name, null, f)));
    }
}
