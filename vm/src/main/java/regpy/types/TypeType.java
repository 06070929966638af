package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** type: calling a class, type(x), type(name, bases, ns), and the attributes of classes. */
public final class TypeType {
    private TypeType() {}

    /** type.__call__(cls, *args, **kwargs): __new__ then __init__. */
    public static PyObject call(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls.type() != Types.TYPE) {
            PyObject metaCall = cls.type().lookup("__call__");
            if (metaCall != TYPE_CALL) return metaCall.callSelf(cls, args, kwnames);
        }
        return typeCall(cls, args, kwnames);
    }

    private static PyObject TYPE_CALL;

    static PyObject typeCall(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == Types.TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) return args[0].type();
        PyObject nw = cls.lookup("__new__");
        PyObject obj;
        if (nw == null) throw Errors.typeError("cannot create '" + cls.getName() + "' instances");
        PyObject fn = nw instanceof PyStaticMethod sm ? sm.func : nw;
        obj = fn.callSelf(cls, args, kwnames);
        if (!obj.type().isSubtype(cls)) return obj;
        PyObject init = obj.type().lookup("__init__");
        if (init != null) {
            PyObject r = init instanceof PyFunction || init instanceof PyMethodDescr ? init.callSelf(obj, args, kwnames)
                    : Attr.descrGet(init, obj, obj.type()).call(args, kwnames);
            if (r != PySingleton.NONE) throw Errors.typeError("__init__() should return None, not '" + r.type().getName() + "'");
        }
        return obj;
    }

    public static void init(PyType t) {
        t.mv("__call__", (self, a, k) -> typeCall((PyType) self, a, k));
        TYPE_CALL = t.dict().getStr("__call__");
        t.staticMethod("__new__", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            int np = a.length - nk;
            if (np == 2 && a[0] == Types.TYPE && nk == 0) return a[1].type();
            if (np != 4) throw Errors.typeError("type() takes 1 or 3 arguments");
            if (!(a[0] instanceof PyType meta)) throw Errors.typeError("type.__new__(X): X is not a type object");
            if (!(a[1] instanceof PyStr name)) throw Errors.typeError("type.__new__() argument 1 must be str, not " + a[1].type().getName());
            if (!(a[2] instanceof PyTuple bases)) throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + a[2].type().getName());
            if (!(a[3] instanceof PyDict)) throw Errors.typeError("type.__new__() argument 3 must be dict, not " + a[3].type().getName());
            PyType winner = ClassBuilder.calculateMeta(meta, bases.items);
            if (winner != meta) {
                PyObject wn = winner.lookup("__new__");
                if (wn != Types.TYPE.dict().getStr("__new__")) {
                    PyObject[] a2 = a.clone();
                    a2[0] = winner;
                    return ((PyStaticMethod) wn).func.call(a2, k);
                }
                meta = winner;
            }
            PyObject[] kwv = java.util.Arrays.copyOfRange(a, np, a.length);
            return ClassBuilder.newType(meta, name.value, bases, a[3], kwv, k);
        });
        t.mv("__init__", (self, a, k) -> PySingleton.NONE);
        t.m0("__repr__", self -> {
            PyType c = (PyType) self;
            PyObject mod = c.dict().getStr("__module__");
            if (mod instanceof PyStr m && !m.value.equals("builtins")) return PyStr.of("<class '" + m.value + "." + c.getQualname() + "'>");
            return PyStr.of("<class '" + c.getQualname() + "'>");
        });
        t.m1("__getattribute__", (self, name) -> {
            String n = ObjectType.attrName(name);
            PyObject v = Attr.typeGetAttr((PyType) self, n);
            if (v == null) throw Attr.noAttribute(self, n);
            return v;
        });
        Attr.TYPE_GETATTRIBUTE = t.dict().getStr("__getattribute__");
        t.m2("__setattr__", (self, name, v) -> { Attr.typeSetAttr((PyType) self, ObjectType.attrName(name), v); return PySingleton.NONE; });
        Attr.TYPE_SETATTR = t.dict().getStr("__setattr__");
        t.m1("__delattr__", (self, name) -> { ((PyType) self).delAttr(ObjectType.attrName(name)); return PySingleton.NONE; });
        t.getset("__name__", self -> PyStr.of(((PyType) self).getName()), (self, v) -> {
            if (!(v instanceof PyStr s)) throw Errors.typeError("can only assign string to " + ((PyType) self).getName() + ".__name__, not '" + v.type().getName() + "'");
            ((PyType) self).setName(s.value);
        });
        t.getset("__qualname__", self -> PyStr.of(((PyType) self).getQualname()), (self, v) -> ((PyType) self).setQualname(((PyStr) v).value));
        t.getset("__module__", self -> {
            PyObject m = ((PyType) self).dict().getStr("__module__");
            return m != null ? m : PyStr.of("builtins");
        }, (self, v) -> ((PyType) self).dict().putStr("__module__", v));
        t.getset("__doc__", self -> {
            PyObject d = ((PyType) self).dict().getStr("__doc__");
            return d == null ? PySingleton.NONE : d;
        }, (self, v) -> ((PyType) self).dict().putStr("__doc__", v));
        t.getset("__bases__", self -> PyTuple.of(((PyType) self).getBases().clone()), (self, v) -> {
            PyObject[] items = ((PyTuple) v).items;
            PyType[] nb = new PyType[items.length];
            for (int i = 0; i < nb.length; i++) nb[i] = (PyType) items[i];
            ((PyType) self).setBases(nb);
        });
        t.getset("__base__", self -> { PyType b = ((PyType) self).getBase(); return b == null ? PySingleton.NONE : b; }, null);
        t.getset("__mro__", self -> PyTuple.of(((PyType) self).getMro().clone()), null);
        t.getset("__dict__", self -> new MappingProxy(((PyType) self).dict()), null);
        t.getset("__abstractmethods__", self -> {
            PyObject v = ((PyType) self).dict().getStr("__abstractmethods__");
            if (v == null || self == Types.TYPE) throw Errors.attributeError("__abstractmethods__");
            return v;
        }, (self, v) -> ((PyType) self).dict().putStr("__abstractmethods__", v));
        t.getset("__annotations__", self -> {
            PyType c = (PyType) self;
            PyObject v = c.dict().getStr("__annotations__");
            if (v == null) { v = new PyDict(); if (!c.isBuiltin()) c.dict().putStr("__annotations__", v); }
            return v;
        }, (self, v) -> ((PyType) self).setAttr("__annotations__", v));
        t.getset("__text_signature__", self -> PySingleton.NONE, null);
        t.m0("mro", self -> new PyList(((PyType) self).getMro().clone()));
        t.m0("__subclasses__", self -> new PyList(((PyType) self).liveSubclasses().toArray(new PyObject[0])));
        t.m1("__instancecheck__", (self, o) -> PyBool.of(o.type().isSubtype((PyType) self)));
        t.m1("__subclasscheck__", (self, o) -> PyBool.of(o instanceof PyType ot && ot.isSubtype((PyType) self)));
        t.classMethod("__prepare__", (cls, a, k) -> new PyDict());
        t.m0("__sizeof__", self -> PyInt.of(400));
        t.m1("__or__", (self, o) -> UnionType.of(self, o));
        t.m1("__ror__", (self, o) -> UnionType.of(o, self));
        t.m0("__dir__", self -> regpy.modules.BuiltinsModule.typeDir((PyType) self));
    }
}
