package regpy.types;

import regpy.objects.*;
import regpy.runtime.*;

/** function, method, builtin functions, descriptors, property, classmethod, staticmethod, super, module, cell, code, frame, traceback. */
public final class FunctionTypes {
    private FunctionTypes() {}

    static PyObject orNone(PyObject o) { return o == null ? PySingleton.NONE : o; }

    public static void initFunction(PyType t) {
        t.m0("__repr__", self -> PyStr.of("<function " + ((PyFunction) self).qualname + " at " + ObjectType.addr(self) + ">"));
        t.mv("__get__", (self, ga, gk) -> { PyObject obj = ga[0], type = ga.length > 1 ? ga[1] : PySingleton.NONE; return  obj == PySingleton.NONE ? self : new PyMethod(self, obj); });
        t.getset("__name__", self -> PyStr.of(((PyFunction) self).name), (self, v) -> ((PyFunction) self).name = ((PyStr) v).value);
        t.getset("__qualname__", self -> PyStr.of(((PyFunction) self).qualname), (self, v) -> ((PyFunction) self).qualname = ((PyStr) v).value);
        t.getset("__doc__", self -> ((PyFunction) self).doc, (self, v) -> ((PyFunction) self).doc = v);
        t.getset("__module__", self -> ((PyFunction) self).module, (self, v) -> ((PyFunction) self).module = v);
        t.getset("__defaults__", self -> orNone(((PyFunction) self).defaults), (self, v) -> ((PyFunction) self).defaults = v == PySingleton.NONE ? null : v);
        t.getset("__kwdefaults__", self -> orNone(((PyFunction) self).kwdefaults), (self, v) -> ((PyFunction) self).kwdefaults = v instanceof PyDict d ? d : null);
        t.getset("__annotations__", self -> {
            PyFunction f = (PyFunction) self;
            if (f.annotations == null) f.annotations = new PyDict();
            if (f.annotations instanceof PyTuple tp) {
                PyDict d = new PyDict();
                for (int i = 0; i + 1 < tp.items.length; i += 2) d.put(tp.items[i], tp.items[i + 1]);
                f.annotations = d;
            }
            return f.annotations;
        }, (self, v) -> ((PyFunction) self).annotations = v);
        t.getset("__closure__", self -> orNone(((PyFunction) self).closure), null);
        t.getset("__globals__", self -> ((PyFunction) self).globals, null);
        t.getset("__code__", self -> ((PyFunction) self).code, null);
        t.getset("__dict__", ObjectType::getDictAttr, ObjectType::setDictAttr);
        t.getset("__builtins__", self -> ((PyFunction) self).builtins, null);
        t.getset("__type_params__", self -> ((PyFunction) self).typeParams == null ? PyTuple.EMPTY : ((PyFunction) self).typeParams,
                (self, v) -> ((PyFunction) self).typeParams = v);
    }

    public static void initMethod(PyType t) {
        t.m0("__repr__", self -> {
            PyMethod m = (PyMethod) self;
            PyObject qn = Attr.getAttrOrNull(m.func, "__qualname__");
            return PyStr.of("<bound method " + (qn instanceof PyStr s ? s.value : "?") + " of " + Abstract.reprString(m.self) + ">");
        });
        t.getset("__func__", self -> ((PyMethod) self).func, null);
        t.getset("__self__", self -> ((PyMethod) self).self, null);
        t.getset("__name__", self -> Attr.getAttr(((PyMethod) self).func, "__name__"), null);
        t.getset("__qualname__", self -> Attr.getAttr(((PyMethod) self).func, "__qualname__"), null);
        t.getset("__doc__", self -> Attr.getAttr(((PyMethod) self).func, "__doc__"), null);
        t.m1("__eq__", (self, o) -> o instanceof PyMethod m ? PyBool.of(m.func == ((PyMethod) self).func && m.self == ((PyMethod) self).self) : PySingleton.NOT_IMPLEMENTED);
        t.m0("__hash__", self -> PyInt.of(System.identityHashCode(((PyMethod) self).func) ^ System.identityHashCode(((PyMethod) self).self)));
    }

    public static void initBuiltin(PyType t) {
        t.m0("__repr__", self -> {
            PyBuiltinFunction b = (PyBuiltinFunction) self;
            if (b.isMethod() && b.self != null)
                return PyStr.of("<built-in method " + b.name + " of " + b.self.type().getName() + " object at " + ObjectType.addr(b.self) + ">");
            return PyStr.of("<built-in function " + b.name + ">");
        });
        t.getset("__name__", self -> PyStr.of(((PyBuiltinFunction) self).name), null);
        t.getset("__qualname__", self -> PyStr.of(((PyBuiltinFunction) self).qualname()), null);
        t.getset("__self__", self -> orNone(((PyBuiltinFunction) self).self), null);
        t.getset("__doc__", self -> {
            PyBuiltinFunction b = (PyBuiltinFunction) self;
            String doc = b.self instanceof PyModule m && m.name().equals("builtins") ? BuiltinDocs.get(b.name) : null;
            return doc == null ? PySingleton.NONE : PyStr.of(doc);
        }, null);
        t.getset("__module__", self -> ((PyBuiltinFunction) self).self instanceof PyModule m ? PyStr.of(m.name()) : PySingleton.NONE, null);
    }

    public static void initMethodDescr(PyType t) {
        t.m0("__repr__", self -> PyStr.of("<method '" + ((PyMethodDescr) self).name + "' of '" + ((PyMethodDescr) self).objclass.getName() + "' objects>"));
        t.mv("__get__", (self, ga, gk) -> { PyObject obj = ga[0], type = ga.length > 1 ? ga[1] : PySingleton.NONE; return  obj == PySingleton.NONE ? self : ((PyMethodDescr) self).bind(obj); });
        t.getset("__name__", self -> PyStr.of(((PyMethodDescr) self).name), null);
        t.getset("__qualname__", self -> PyStr.of(((PyMethodDescr) self).qualname()), null);
        t.getset("__objclass__", self -> ((PyMethodDescr) self).objclass, null);
        t.getset("__doc__", self -> PySingleton.NONE, null);
    }

    public static void initGetSet(PyType t) {
        t.m0("__repr__", self -> PyStr.of("<attribute '" + ((PyGetSetDescr) self).name + "' of '" + ((PyGetSetDescr) self).objclass.getName() + "' objects>"));
        t.mv("__get__", (self, ga, gk) -> { PyObject obj = ga[0], type = ga.length > 1 ? ga[1] : PySingleton.NONE; return  obj == PySingleton.NONE ? self : ((PyGetSetDescr) self).get(obj); });
        t.m2("__set__", (self, obj, v) -> { ((PyGetSetDescr) self).set(obj, v); return PySingleton.NONE; });
        t.getset("__name__", self -> PyStr.of(((PyGetSetDescr) self).name), null);
    }

    public static void initMember(PyType t) {
        t.m0("__repr__", self -> PyStr.of("<member '" + ((PyMemberDescr) self).name + "' of '" + ((PyMemberDescr) self).objclass.getName() + "' objects>"));
        t.mv("__get__", (self, ga, gk) -> { PyObject obj = ga[0], type = ga.length > 1 ? ga[1] : PySingleton.NONE; return  obj == PySingleton.NONE ? self : ((PyMemberDescr) self).get(obj); });
        t.m2("__set__", (self, obj, v) -> { ((PyMemberDescr) self).set(obj, v); return PySingleton.NONE; });
        t.m1("__delete__", (self, obj) -> { ((PyMemberDescr) self).set(obj, null); return PySingleton.NONE; });
        t.getset("__name__", self -> PyStr.of(((PyMemberDescr) self).name), null);
    }

    public static void initClassMethod(PyType t) {
        t.mv("__init__", (self, a, k) -> { ((PyClassMethod) self).func = a[0]; return PySingleton.NONE; });
        t.mv("__get__", (self, ga, gk) -> { PyObject obj = ga[0], type = ga.length > 1 ? ga[1] : PySingleton.NONE; return  Attr.descrGet(self, obj == PySingleton.NONE ? null : obj, type == PySingleton.NONE ? obj.type() : (PyType) type); });
        t.getset("__func__", self -> ((PyClassMethod) self).func, null);
        t.getset("__wrapped__", self -> ((PyClassMethod) self).func, null);
        t.getset("__isabstractmethod__", self -> { PyObject v = Attr.getAttrOrNull(((PyClassMethod) self).func, "__isabstractmethod__"); return v == null ? PyBool.FALSE : v; }, null);
        t.getset("__dict__", PyObject::getDict, null);
    }

    public static void initStaticMethod(PyType t) {
        t.mv("__init__", (self, a, k) -> { ((PyStaticMethod) self).func = a[0]; return PySingleton.NONE; });
        t.mv("__get__", (self, ga, gk) -> { PyObject obj = ga[0], type = ga.length > 1 ? ga[1] : PySingleton.NONE; return  ((PyStaticMethod) self).func; });
        t.getset("__func__", self -> ((PyStaticMethod) self).func, null);
        t.getset("__wrapped__", self -> ((PyStaticMethod) self).func, null);
        t.getset("__isabstractmethod__", self -> { PyObject v = Attr.getAttrOrNull(((PyStaticMethod) self).func, "__isabstractmethod__"); return v == null ? PyBool.FALSE : v; }, null);
        t.getset("__dict__", PyObject::getDict, null);
    }

    public static void initProperty(PyType t) {
        t.mv("__init__", (self, a, k) -> {
            PyObject[] p = Args.parse("property", a, k, 0, "fget", "fset", "fdel", "doc");
            PyProperty pr = (PyProperty) self;
            pr.fget = orNone(p[0]); pr.fset = orNone(p[1]); pr.fdel = orNone(p[2]);
            pr.doc = p[3] != null ? p[3] : p[0] != null && p[0] != PySingleton.NONE ? orNone(Attr.getAttrOrNull(p[0], "__doc__")) : PySingleton.NONE;
            if (pr.fget != PySingleton.NONE) pr.name = Attr.getAttrOrNull(pr.fget, "__name__");
            return PySingleton.NONE;
        });
        t.mv("__get__", (self, ga, gk) -> { PyObject obj = ga[0], type = ga.length > 1 ? ga[1] : PySingleton.NONE; return  obj == PySingleton.NONE ? self : Attr.descrGet(self, obj, obj.type()); });
        t.m2("__set__", (self, obj, v) -> { Attr.genericSetAttr(obj, "", v, obj.type()); return PySingleton.NONE; });
        t.getset("fget", self -> orNone(((PyProperty) self).fget), null);
        t.getset("fset", self -> orNone(((PyProperty) self).fset), null);
        t.getset("fdel", self -> orNone(((PyProperty) self).fdel), null);
        t.getset("__doc__", self -> orNone(((PyProperty) self).doc), (self, v) -> ((PyProperty) self).doc = v);
        t.getset("__isabstractmethod__", self -> {
            PyObject f = ((PyProperty) self).fget;
            PyObject v = f == null ? null : Attr.getAttrOrNull(f, "__isabstractmethod__");
            return v == null ? PyBool.FALSE : v;
        }, null);
        for (String which : new String[] {"getter", "setter", "deleter"}) {
            t.m1(which, (self, f) -> {
                PyProperty old = (PyProperty) self;
                PyProperty p = (PyProperty) Calls.call(self.type(),
                        which.equals("getter") ? f : orNone(old.fget), which.equals("setter") ? f : orNone(old.fset),
                        which.equals("deleter") ? f : orNone(old.fdel), orNone(old.doc));
                p.name = old.name != null ? old.name : p.name;
                return p;
            });
        }
        t.m2("__set_name__", (self, owner, name) -> { ((PyProperty) self).name = name; return PySingleton.NONE; });
    }

    public static void initSuper(PyType t) {
        t.staticMethod("__new__", (a, k) -> {
            if (a.length == 3) return regpy.interp.SuperSupport.make((PyType) a[1], a[2]);
            if (a.length == 2) return new PySuper((PyType) a[1], null, null);
            // zero-argument form: the caller's __class__ cell and first argument
            PyFrame f = ThreadState.current().frame;
            if (f == null || f.code.argcount == 0) throw Errors.runtimeError("super(): no arguments");
            PyObject first = f.slots[0];
            if (first instanceof PyCell c) first = c.contents;
            for (int i = 0; i < f.code.localsplusnames.length; i++) {
                if (f.code.localsplusnames[i].equals("__class__") && f.slots[i] instanceof PyCell cell) {
                    if (!(cell.contents instanceof PyType ct)) throw Errors.runtimeError("super(): empty __class__ cell");
                    return regpy.interp.SuperSupport.make(ct, first);
                }
            }
            throw Errors.runtimeError("super(): __class__ cell not found");
        });
        t.m0("__repr__", self -> {
            PySuper s = (PySuper) self;
            return PyStr.of("<super: <class '" + s.thisType.getName() + "'>, " + (s.objType == null ? "NULL" : "<" + s.objType.getName() + " object>") + ">");
        });
        t.getset("__thisclass__", self -> ((PySuper) self).thisType, null);
        t.getset("__self__", self -> orNone(((PySuper) self).obj), null);
        t.getset("__self_class__", self -> orNone(((PySuper) self).objType), null);
    }

    public static void initModule(PyType t) {
        t.mv("__init__", (self, a, k) -> {
            PyModule m = (PyModule) self;
            m.dict.putStr("__name__", a[0]);
            m.dict.putStr("__doc__", a.length > 1 ? a[1] : PySingleton.NONE);
            return PySingleton.NONE;
        });
        t.m0("__repr__", self -> {
            PyModule m = (PyModule) self;
            PyObject file = m.dict.getStr("__file__");
            if (file instanceof PyStr f) return PyStr.of("<module '" + m.name() + "' from '" + f.value + "'>");
            return PyStr.of("<module '" + m.name() + "' (built-in)>");
        });
        t.m1("__getattribute__", (self, name) -> {
            String n = ObjectType.attrName(name);
            PyObject v = Attr.getAttrOrNull(self, n);
            if (v == null) throw Attr.noAttribute(self, n);
            return v;
        });
        Attr.MODULE_GETATTRIBUTE = t.dict().getStr("__getattribute__");
        t.getset("__dict__", PyObject::getDict, null);
        t.m0("__dir__", self -> new PyList(((PyModule) self).dict.keysArray()));
    }

    public static void initCell(PyType t) {
        t.getset("cell_contents", self -> {
            PyObject v = ((PyCell) self).contents;
            if (v == null) throw Errors.of(Types.VALUE_ERROR, "Cell is empty");
            return v;
        }, (self, v) -> ((PyCell) self).contents = v);
        t.m0("__repr__", self -> PyStr.of("<cell at " + ObjectType.addr(self) + ">"));
    }

    public static void initCode(PyType t) {
        t.getset("co_name", self -> PyStr.of(((PyCode) self).code.name), null);
        t.getset("co_qualname", self -> PyStr.of(((PyCode) self).code.qualname), null);
        t.getset("co_filename", self -> PyStr.of(((PyCode) self).code.filename), null);
        t.getset("co_firstlineno", self -> PyInt.of(((PyCode) self).code.firstlineno), null);
        t.getset("co_argcount", self -> PyInt.of(((PyCode) self).code.argcount), null);
        t.getset("co_posonlyargcount", self -> PyInt.of(((PyCode) self).code.posonlyargcount), null);
        t.getset("co_kwonlyargcount", self -> PyInt.of(((PyCode) self).code.kwonlyargcount), null);
        t.getset("co_flags", self -> PyInt.of(((PyCode) self).code.flags), null);
        t.getset("co_nlocals", self -> PyInt.of(((PyCode) self).code.nlocals()), null);
        t.getset("co_stacksize", self -> PyInt.of(((PyCode) self).code.stacksize), null);
        t.getset("co_varnames", self -> strs(((PyCode) self).code.varnames()), null);
        t.getset("co_cellvars", self -> strs(((PyCode) self).code.cellvars()), null);
        t.getset("co_freevars", self -> strs(((PyCode) self).code.freevars()), null);
        t.getset("co_names", self -> strs(((PyCode) self).code.names), null);
        t.getset("co_consts", self -> PyTuple.of(((PyCode) self).consts().clone()), null);
        t.getset("co_code", self -> new PyBytes(((PyCode) self).code.code), null);
        t.m0("__repr__", self -> {
            var c = ((PyCode) self).code;
            return PyStr.of("<code object " + c.name + " at " + ObjectType.addr(self) + ", file \"" + c.filename + "\", line " + c.firstlineno + ">");
        });
    }

    static PyTuple strs(String[] a) {
        PyObject[] o = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) o[i] = PyStr.of(a[i]);
        return PyTuple.of(o);
    }

    public static void initFrame(PyType t) {
        t.getset("f_code", self -> ((PyFrame) self).pycode, null);
        t.getset("f_globals", self -> ((PyFrame) self).globals, null);
        t.getset("f_builtins", self -> ((PyFrame) self).builtins, null);
        t.getset("f_lineno", self -> PyInt.of(((PyFrame) self).lineno()), null);
        t.getset("f_lasti", self -> PyInt.of(((PyFrame) self).lasti), null);
        t.getset("f_back", self -> orNone(((PyFrame) self).back), null);
        t.getset("f_locals", self -> regpy.modules.BuiltinsModule.frameLocals((PyFrame) self), null);
        t.m0("__repr__", self -> {
            PyFrame f = (PyFrame) self;
            return PyStr.of("<frame at " + ObjectType.addr(self) + ", file '" + f.code.filename + "', line " + f.lineno() + ", code " + f.code.name + ">");
        });
    }

    public static void initTraceback(PyType t) {
        t.getset("tb_frame", self -> ((PyTraceback) self).frame, null);
        t.getset("tb_lineno", self -> PyInt.of(((PyTraceback) self).lineno), null);
        t.getset("tb_lasti", self -> PyInt.of(((PyTraceback) self).lasti), null);
        t.getset("tb_next", self -> orNone(((PyTraceback) self).next), null);
    }
}
