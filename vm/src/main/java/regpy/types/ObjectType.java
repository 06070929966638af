package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** object: the root type's methods (__new__, __init__, attribute protocol, repr, comparisons, __init_subclass__). */
public final class ObjectType {
    private ObjectType() {}

    public static void init(PyType t) {
        t.staticMethod("__new__", ObjectType::objectNew);
        t.mv("__init__", ObjectType::objectInit);
        t.m0("__repr__", self -> PyStr.of(defaultRepr(self)));
        t.m0("__str__", self -> Abstract.repr(self));
        t.m0("__hash__", self -> PyInt.of(System.identityHashCode(self)));
        t.m1("__eq__", (self, o) -> self == o ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED);
        t.m1("__ne__", (self, o) -> {
            PyObject eq = self.type().lookup("__eq__");
            PyObject r = Calls.callDescr(eq, self, o);
            if (r == PySingleton.NOT_IMPLEMENTED) return r;
            return PyBool.of(!Abstract.isTrue(r));
        });
        for (String n : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) t.m1(n, (self, o) -> PySingleton.NOT_IMPLEMENTED);
        t.m1("__getattribute__", (self, name) -> {
            PyObject v = Attr.genericGetAttr(self, attrName(name), self.type());
            if (v == null) throw Attr.noAttribute(self, attrName(name));
            return v;
        });
        Attr.OBJECT_GETATTRIBUTE = t.dict().getStr("__getattribute__");
        t.m2("__setattr__", (self, name, v) -> { Attr.genericSetAttr(self, attrName(name), v, self.type()); return PySingleton.NONE; });
        Attr.OBJECT_SETATTR = t.dict().getStr("__setattr__");
        t.m1("__delattr__", (self, name) -> { Attr.genericSetAttr(self, attrName(name), null, self.type()); return PySingleton.NONE; });
        Attr.OBJECT_DELATTR = t.dict().getStr("__delattr__");
        t.getset("__class__", PyObject::type, (self, v) -> {
            if (!(v instanceof PyType nt)) throw Errors.typeError("__class__ must be set to a class, not '" + v.type().getName() + "' object");
            if (self instanceof PyInstance inst && !nt.isBuiltin()) inst.setType(nt);
            else if (self instanceof PyBaseException be && nt.isException) be.setType(nt);
            else throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        });
        t.classMethod("__init_subclass__", (cls, a, k) -> {
            if (a.length > 0) throw Errors.typeError(((PyType) cls).getName() + ".__init_subclass__() takes no keyword arguments");
            return PySingleton.NONE;
        });
        t.classMethod("__subclasshook__", (cls, a, k) -> PySingleton.NOT_IMPLEMENTED);
        t.m1("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) throw Errors.typeError("__format__() argument must be str, not " + spec.type().getName());
            if (!s.value.isEmpty())
                throw Errors.typeError("unsupported format string passed to " + self.type().getName() + ".__format__");
            return Abstract.str(self);
        });
        t.m0("__dir__", self -> regpy.modules.BuiltinsModule.defaultDir(self));
        t.m0("__sizeof__", self -> PyInt.of(16));
        // The pickle protocol's reductions are not implemented (there is no pickle or copyreg
        // module yet): both refuse clearly. copy.copy/deepcopy recognise these two defaults by
        // identity and copy plain instances themselves (stdlib copy.py, _plain_reduce).
        t.m1("__reduce_ex__", (self, p) -> { throw Errors.typeError("cannot pickle '" + self.type().getName() + "' object"); });
        t.m0("__reduce__", self -> { throw Errors.typeError("cannot pickle '" + self.type().getName() + "' object"); });
        t.getset("__doc__", self -> PySingleton.NONE, null);
    }

    static String attrName(PyObject name) {
        if (name instanceof PyStr s) return s.value;
        throw Errors.typeError("attribute name must be string, not '" + name.type().getName() + "'");
    }

    public static String defaultRepr(PyObject self) {
        PyType t = self.type();
        PyObject mod = t.dict().getStr("__module__");
        String prefix = mod instanceof PyStr m && !m.value.equals("builtins") ? m.value + "." : "";
        return "<" + prefix + t.getQualname() + " object at " + addr(self) + ">";
    }

    public static String addr(PyObject o) {
        return String.format("0x%012x", (long) System.identityHashCode(o) * 16);
    }

    static PyObject objectNew(PyObject[] args, String[] kw) {
        if (args.length == 0) throw Errors.typeError("object.__new__(): not enough arguments");
        if (!(args[0] instanceof PyType cls)) throw Errors.typeError("object.__new__(X): X is not a type object (" + args[0].type().getName() + ")");
        boolean excess = args.length > 1;
        if (excess) {
            if (cls.lookup("__new__") != Types.OBJECT.dict().getStr("__new__"))
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (cls.lookup("__init__") == Types.OBJECT.dict().getStr("__init__"))
                throw Errors.typeError(cls.getName() + "() takes no arguments");
        }
        return newInstance(cls);
    }

    /** A fresh instance of cls with the layout of its solid base. */
    public static PyObject newInstance(PyType cls) {
        PyObject abs = cls.dict().getStr("__abstractmethods__");
        if (abs != null && Abstract.isTrue(abs)) {
            PyObject[] names = Iter.toArray(abs);
            java.util.List<String> ns = new java.util.ArrayList<>();
            for (PyObject n : names) ns.add(((PyStr) n).value);
            java.util.Collections.sort(ns);
            StringBuilder sb = new StringBuilder("Can't instantiate abstract class " + cls.getName() + " without an implementation for abstract method");
            if (ns.size() > 1) sb.append('s');
            sb.append(' ');
            for (int i = 0; i < ns.size(); i++) { if (i > 0) sb.append(", "); sb.append('\'').append(ns.get(i)).append('\''); }
            throw Errors.typeError(sb.toString());
        }
        if (cls.factory == null) throw Errors.typeError("cannot create '" + cls.getName() + "' instances");
        return cls.factory.create(cls);
    }

    static PyObject objectInit(PyObject self, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            PyType t = self.type();
            if (t.lookup("__init__") != Types.OBJECT.dict().getStr("__init__"))
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            if (t.lookup("__new__") == Types.OBJECT.dict().getStr("__new__"))
                throw Errors.typeError(t.getName() + "() takes no arguments");
        }
        return PySingleton.NONE;
    }

    public static PyObject getDictAttr(PyObject self) {
        if (self instanceof PyType t) return new MappingProxy(t.dict());
        PyDict d = self.getDict();
        if (d == null) throw Errors.attributeError("'" + self.type().getName() + "' object has no attribute '__dict__'");
        return d;
    }

    public static void setDictAttr(PyObject self, PyObject v) {
        if (!(v instanceof PyDict d)) throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + v.type().getName() + "'");
        if (self instanceof PyInstance inst) inst.setDict(d);
        else if (self instanceof PyFunction fn) fn.setDict(d);
        else throw Errors.typeError("__dict__ assignment not supported");
    }
}
