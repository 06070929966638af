package regpy.runtime;

import java.util.ArrayList;
import java.util.List;

import regpy.objects.*;

/** Class creation: __build_class__, type.__new__(meta, name, bases, ns), metaclass selection. */
public final class ClassBuilder {
    private ClassBuilder() {}

    /** builtins.__build_class__(func, name, *bases, metaclass=..., **kwds). */
    public static PyObject buildClass(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) throw Errors.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction func)) throw Errors.typeError("__build_class__: func must be a function");
        if (!(args[1] instanceof PyStr name)) throw Errors.typeError("__build_class__: name is not a string");
        PyObject[] origBases = java.util.Arrays.copyOfRange(args, 2, npos);
        PyObject[] bases = resolveMroEntries(origBases);
        PyObject meta = null;
        List<String> kwn = new ArrayList<>();
        List<PyObject> kwv = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) meta = args[npos + i];
            else { kwn.add(kwnames[i]); kwv.add(args[npos + i]); }
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) meta = bases.length == 0 ? Types.TYPE : bases[0].type();
        if (isClass) meta = calculateMeta((PyType) meta, bases);
        PyTuple basesTuple = PyTuple.of(bases);
        String[] kwArr = kwn.toArray(new String[0]);
        PyObject ns;
        PyObject prepare = Attr.getAttrOrNull(meta, "__prepare__");
        PyObject[] pargs = new PyObject[2 + kwv.size()];
        pargs[0] = name;
        pargs[1] = basesTuple;
        for (int i = 0; i < kwv.size(); i++) pargs[2 + i] = kwv.get(i);
        ns = prepare == null ? new PyDict() : prepare.call(pargs, kwArr);
        if (!(ns instanceof PyDict) && ns.type().lookup("__getitem__") == null)
            throw Errors.typeError((meta instanceof PyType mt ? mt.getName() : "<metaclass>") + ".__prepare__() must return a mapping, not " + ns.type().getName());
        PyObject cellObj = Calls.engine.runCode(func.code, func.globals, ns, func.closure);
        if (origBases != bases) Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        PyObject[] margs = new PyObject[3 + kwv.size()];
        margs[0] = name;
        margs[1] = basesTuple;
        margs[2] = ns;
        for (int i = 0; i < kwv.size(); i++) margs[3 + i] = kwv.get(i);
        PyObject cls = meta.call(margs, kwArr);
        if (cellObj instanceof PyCell cell && cls instanceof PyType) {
            if (cell.contents == null) cell.contents = cls;
        }
        return cls;
    }

    private static PyObject[] resolveMroEntries(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            if (b instanceof PyType) { if (out != null) out.add(b); continue; }
            PyObject me = Attr.getAttrOrNull(b, "__mro_entries__");
            if (me == null) { if (out != null) out.add(b); continue; }
            if (out == null) { out = new ArrayList<>(); for (int j = 0; j < i; j++) out.add(bases[j]); }
            PyObject r = Calls.call(me, PyTuple.of(bases));
            if (!(r instanceof PyTuple t)) throw Errors.typeError("__mro_entries__ must return a tuple");
            for (PyObject x : t.items) out.add(x);
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    public static PyType calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtype(bt)) continue;
            if (bt.isSubtype(winner)) { winner = bt; continue; }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** type.__new__(meta, name, bases, ns, **kwds). */
    public static PyType newType(PyType meta, String name, PyTuple basesTuple, PyObject nsObj, PyObject[] kwValues, String[] kwNames) {
        PyType[] bases;
        if (basesTuple.items.length == 0) bases = new PyType[] {Types.OBJECT};
        else {
            bases = new PyType[basesTuple.items.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(basesTuple.items[i] instanceof PyType bt)) throw Errors.typeError("bases must be types");
                if (!bt.baseType) throw Errors.typeError("type '" + bt.getName() + "' is not an acceptable base type");
                bases[i] = bt;
            }
        }
        for (int i = 0; i < bases.length; i++)
            for (int j = i + 1; j < bases.length; j++)
                if (bases[i] == bases[j]) throw Errors.typeError("duplicate base class " + bases[i].getName());
        PyDict ns = new PyDict();
        if (nsObj instanceof PyDict d) ns.putAll(d);
        else for (PyObject k : Iter.toArray(Calls.callMethod(nsObj, "keys"))) ns.put(k, Abstract.getItem(nsObj, k));

        // the layout: the first base whose instances are not plain objects decides
        PyType solid = Types.OBJECT;
        for (PyType b : bases) {
            PyType s = solidBase(b);
            if (s != Types.OBJECT) {
                if (solid != Types.OBJECT && !s.isSubtype(solid) && !solid.isSubtype(s))
                    throw Errors.typeError("multiple bases have instance lay-out conflict");
                if (solid == Types.OBJECT || s.isSubtype(solid)) solid = s;
            }
        }
        PyObject qual = ns.removeStr("__qualname__");
        PyObject cell = ns.removeStr("__classcell__");
        if (ns.getStr("__module__") == null) {
            PyFrame caller = ThreadState.current().frame;
            PyObject modName = caller == null ? null : caller.globals.getStr("__name__");
            if (modName != null) ns.putStr("__module__", modName);
        }
        for (String special : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject v = ns.getStr(special);
            if (v instanceof PyFunction) ns.putStr(special, new PyClassMethod(v));
        }
        if (ns.getStr("__eq__") != null && ns.getStr("__hash__") == null) ns.putStr("__hash__", PySingleton.NONE);
        PyObject nw = ns.getStr("__new__");
        if (nw instanceof PyFunction) ns.putStr("__new__", new PyStaticMethod(nw));

        PyType t = new PyType(meta, name, bases, ns);
        if (solid != Types.OBJECT) {
            for (PyType b : bases) if (solidBase(b) == solid) { t.factory = b.factory; break; }
        }
        if (qual instanceof PyStr q) t.setQualname(q.value);
        else if (qual != null) throw Errors.typeError("type __qualname__ must be a str, not " + qual.type().getName());

        // __slots__
        boolean baseHasDict = false;
        int inheritedSlots = 0;
        for (PyType b : bases) {
            if (b.instanceDict || b.isSubtype(Types.TYPE)) baseHasDict = true;
            inheritedSlots = Math.max(inheritedSlots, b.slotCount);
        }
        PyObject slots = ns.getStr("__slots__");
        if (slots == null) {
            t.instanceDict = true;
            t.slotCount = inheritedSlots;
        } else {
            PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Iter.toArray(slots);
            List<String> own = new ArrayList<>();
            boolean wantDict = false;
            for (PyObject n : names) {
                if (!(n instanceof PyStr sn)) throw Errors.typeError("__slots__ items must be strings, not '" + n.type().getName() + "'");
                if (sn.value.equals("__dict__")) { wantDict = true; continue; }
                if (sn.value.equals("__weakref__")) continue;
                if (ns.getStr(sn.value) != null)
                    throw Errors.valueError("'" + sn.value + "' in __slots__ conflicts with class variable");
                own.add(sn.value);
            }
            if (!own.isEmpty() && (solid == Types.INT || solid == Types.TUPLE || solid == Types.BYTES))
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + solid.getName() + "'");
            t.instanceDict = wantDict || baseHasDict;
            int idx = inheritedSlots;
            for (String s : own) ns.putStr(s, new PyMemberDescr(t, s, idx++));
            t.ownSlots = own.toArray(new String[0]);
            t.slotCount = idx;
        }
        if (ns.getStr("__doc__") == null) ns.putStr("__doc__", PySingleton.NONE);
        if (t.instanceDict && ns.getStr("__dict__") == null && !baseHasDict)
            ns.putStr("__dict__", new PyGetSetDescr(t, "__dict__", regpy.types.ObjectType::getDictAttr, regpy.types.ObjectType::setDictAttr));
        if (cell instanceof PyCell c) c.contents = t;
        else if (cell != null) throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + cell.type());

        // __set_name__
        PyObject[] items = ns.itemsArray();
        for (int i = 0; i < items.length; i += 2) {
            PyObject v = items[i + 1];
            PyObject sn = v.type().lookup("__set_name__");
            if (sn != null) Calls.callDescr(sn, v, t, items[i]);
        }
        // __init_subclass__ of the parent
        PySuper sup = new PySuper(t, t, t);
        PyObject init = Attr.superGetAttr(sup, "__init_subclass__");
        init.call(kwValues, kwNames);
        return t;
    }

    /** The nearest builtin base that defines the instance layout (object for plain classes). */
    public static PyType solidBase(PyType t) {
        for (PyType m : t.getMro()) if (m.isBuiltin()) return m.isException ? Types.BASE_EXCEPTION : m;
        return Types.OBJECT;
    }
}
