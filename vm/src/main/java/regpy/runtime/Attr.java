package regpy.runtime;

import regpy.objects.*;

/**
 * Attribute access: the descriptor protocol, instance dicts, __getattr__/__getattribute__,
 * type attribute lookup through the metaclass, super(), and the method-call shortcut
 * (LOAD_ATTR with the method bit) that avoids creating bound methods.
 */
public final class Attr {
    private Attr() {}

    /** The default implementations, identified so the generic path is taken without a Python call. */
    public static PyObject OBJECT_GETATTRIBUTE, OBJECT_SETATTR, OBJECT_DELATTR, TYPE_GETATTRIBUTE, TYPE_SETATTR, MODULE_GETATTRIBUTE;

    public static PyObject getAttr(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject ga = t.lookup("__getattribute__");
        PyObject v;
        if (obj instanceof PySuper s && !(ga instanceof PyFunction)) v = superGetAttr(s, name);
        else if (ga == OBJECT_GETATTRIBUTE) v = genericGetAttr(obj, name, t);
        else if (ga == TYPE_GETATTRIBUTE) v = typeGetAttr((PyType) obj, name);
        else if (ga == MODULE_GETATTRIBUTE) v = moduleGetAttr((PyModule) obj, name);
        else {
            try {
                return Calls.callDescr(ga, obj, PyStr.of(name));
            } catch (PyException e) {
                if (!e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) throw e;
                PyObject gattr = t.lookup("__getattr__");
                if (gattr == null) throw e;
                return Calls.callDescr(gattr, obj, PyStr.of(name));
            }
        }
        if (v != null) return v;
        PyObject gattr = t.lookup("__getattr__");
        if (gattr != null) return Calls.callDescr(gattr, obj, PyStr.of(name));
        throw noAttribute(obj, name);
    }

    public static PyException noAttribute(PyObject obj, String name) {
        PyException e;
        if (obj instanceof PyType t) e = Errors.attributeError("type object '" + t.getName() + "' has no attribute '" + name + "'");
        else if (obj instanceof PyModule m) e = Errors.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
        else e = Errors.attributeError("'" + obj.type().getName() + "' object has no attribute '" + name + "'");
        e.exc.getDict().putStr("name", PyStr.of(name));
        e.exc.getDict().putStr("obj", obj);
        return e;
    }

    /** getattr(obj, name) returning null instead of raising AttributeError (other errors propagate). */
    public static PyObject getAttrOrNull(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject ga = t.lookup("__getattribute__");
        try {
            if (ga == OBJECT_GETATTRIBUTE && t.lookup("__getattr__") == null && !(obj instanceof PySuper)) return genericGetAttr(obj, name, t);
            if (ga == TYPE_GETATTRIBUTE && t.lookup("__getattr__") == null) return typeGetAttr((PyType) obj, name);
            return getAttr(obj, name);
        } catch (PyException e) {
            if (e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    /** object.__getattribute__: data descriptors, then the instance dict, then other class attributes. */
    public static PyObject genericGetAttr(PyObject obj, String name, PyType t) {
        PyObject descr = t.lookup(name);
        PyObject getter = null;
        if (descr != null) {
            if (descr instanceof PyGetSetDescr gs) return gs.get(obj);
            if (descr instanceof PyMemberDescr md) return md.get(obj);
            if (descr instanceof PyProperty p) return propertyGet(p, obj);
            if (!(descr instanceof PyFunction || descr instanceof PyMethodDescr || descr instanceof PyClassMethod
                    || descr instanceof PyStaticMethod || descr instanceof PyInt || descr instanceof PyStr)) {
                PyType dt = descr.type();
                getter = dt.lookup("__get__");
                if (getter != null && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null))
                    return Calls.callDescr(getter, descr, obj, t);
            }
        }
        PyDict d = obj.getDict();
        if (d != null) {
            PyObject v = d.getStr(name);
            if (v != null) return v;
        }
        if (descr != null) {
            if (isMethodLike(descr)) return descrGet(descr, obj, t);
            if (getter != null) return Calls.callDescr(getter, descr, obj, t);
            return descr;
        }
        return null;
    }

    /** property.__get__(obj): fget(obj), or AttributeError when there is no getter. */
    public static PyObject propertyGet(PyProperty p, PyObject obj) {
        if (p.fget == null || p.fget == PySingleton.NONE) {
            String n = p.name instanceof PyStr s ? "property '" + s.value + "' of '" + obj.type().getName() + "' object" : "property";
            throw Errors.attributeError(n + " has no getter");
        }
        return Calls.call(p.fget, obj);
    }

    /** descr.__get__(obj, type) for any descriptor (obj null when accessed on the class). */
    public static PyObject descrGet(PyObject descr, PyObject obj, PyType type) {
        if (descr instanceof PyFunction) return obj == null ? descr : new PyMethod(descr, obj);
        if (descr instanceof PyMethodDescr md) return obj == null ? descr : md.bind(obj);
        if (descr instanceof PyClassMethod cm) {
            PyObject owner = type != null ? type : obj.type();
            PyObject f = cm.func;
            if (f instanceof PyMethodDescr md) return md.bind(owner);
            return new PyMethod(f, owner);
        }
        if (descr instanceof PyStaticMethod sm) return sm.func;
        if (descr instanceof PyGetSetDescr gs) return obj == null ? descr : gs.get(obj);
        if (descr instanceof PyMemberDescr md) return obj == null ? descr : md.get(obj);
        if (descr instanceof PyProperty p) return obj == null ? descr : propertyGet(p, obj);
        PyObject getter = descr.type().lookup("__get__");
        if (getter == null) return descr;
        return Calls.callDescr(getter, descr, obj == null ? PySingleton.NONE : obj, type == null ? PySingleton.NONE : type);
    }

    /** A class attribute as seen through the class (descriptors bound with obj=None). */
    public static PyObject lookupOnType(PyType t, String name) {
        PyObject v = t.lookup(name);
        return v == null ? null : descrGet(v, null, t);
    }

    /** type.__getattribute__: metatype data descriptors, then the MRO of the type itself, then the metatype. */
    public static PyObject typeGetAttr(PyType t, String name) {
        PyType meta = t.type();
        PyObject metaAttr = meta.lookup(name);
        PyObject metaGet = null;
        if (metaAttr != null) {
            if (metaAttr instanceof PyGetSetDescr gs) return gs.get(t);
            if (metaAttr instanceof PyProperty p) return propertyGet(p, t);
            if (!(metaAttr instanceof PyFunction || metaAttr instanceof PyMethodDescr || metaAttr instanceof PyClassMethod || metaAttr instanceof PyStaticMethod)) {
                PyType mt = metaAttr.type();
                metaGet = mt.lookup("__get__");
                if (metaGet != null && (mt.lookup("__set__") != null || mt.lookup("__delete__") != null))
                    return Calls.callDescr(metaGet, metaAttr, t, meta);
            }
        }
        PyObject v = t.lookup(name);
        if (v != null) return typeAttrValue(v, t);
        if (metaAttr != null) {
            if (metaAttr instanceof PyFunction || metaAttr instanceof PyMethodDescr || metaAttr instanceof PyClassMethod || metaAttr instanceof PyStaticMethod)
                return descrGet(metaAttr, t, meta);
            if (metaGet != null) return Calls.callDescr(metaGet, metaAttr, t, meta);
            return metaAttr;
        }
        return null;
    }

    /** What type.__getattribute__ returns for v, found on the MRO of t (no metatype descriptor in the way). */
    public static PyObject typeAttrValue(PyObject v, PyType t) {
        if (v instanceof PyFunction || v instanceof PyInt || v instanceof PyStr) return v;
        return descrGet(v, null, t);
    }

    /** The non-data descriptors genericGetAttr binds with descrGet after the instance dict misses. */
    public static boolean isMethodLike(PyObject descr) {
        return descr instanceof PyFunction || descr instanceof PyMethodDescr || descr instanceof PyClassMethod
                || descr instanceof PyStaticMethod;
    }

    /** The descriptors loadMethod returns unbound, with self passed separately. */
    public static boolean isPlainMethod(PyObject descr) {
        return descr instanceof PyFunction || descr instanceof PyMethodDescr;
    }

    static PyObject moduleGetAttr(PyModule m, String name) {
        PyObject v = genericGetAttr(m, name, m.type());
        if (v != null) return v;
        PyObject ga = m.dict.getStr("__getattr__");
        if (ga != null) {
            try {
                return Calls.call(ga, PyStr.of(name));
            } catch (PyException e) {
                if (e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) return null;
                throw e;
            }
        }
        return null;
    }

    public static PyObject superGetAttr(PySuper s, String name) {
        if (!name.equals("__class__") && s.objType != null) {
            PyType[] mro = s.objType.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != s.thisType) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().getStr(name);
                if (v != null) {
                    PyObject inst = s.obj == s.objType ? null : s.obj;
                    if (v instanceof PyClassMethod) return descrGet(v, inst, s.objType);
                    return descrGet(v, inst, s.objType);
                }
            }
        }
        return genericGetAttr(s, name, s.type());
    }

    // ---- setattr / delattr -----------------------------------------------------------------------

    public static void setAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        int version = t.version();   // read before the lookup: see PyType.plainSetattrAt
        if (t.plainSetattrAt(version)) { genericSetAttr(obj, name, value, t); return; }
        PyObject sa = t.lookup("__setattr__");
        if (sa == OBJECT_SETATTR) {
            t.notePlainSetattr(version);
            genericSetAttr(obj, name, value, t);
        }
        else if (sa == TYPE_SETATTR) typeSetAttr((PyType) obj, name, value);
        else Calls.callDescr(sa, obj, PyStr.of(name), value);
    }

    public static void delAttr(PyObject obj, String name) {
        PyType t = obj.type();
        PyObject da = t.lookup("__delattr__");
        if (da == OBJECT_DELATTR) {
            if (obj instanceof PyType tp) { tp.delAttr(name); return; }
            genericSetAttr(obj, name, null, t);
        } else Calls.callDescr(da, obj, PyStr.of(name));
    }

    /** object.__setattr__ (value null deletes). */
    public static void genericSetAttr(PyObject obj, String name, PyObject value, PyType t) {
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof PyGetSetDescr gs) { gs.set(obj, value); return; }
            if (descr instanceof PyMemberDescr md) { md.set(obj, value); return; }
            if (descr instanceof PyProperty p) { propertySet(p, obj, value); return; }
            if (!(descr instanceof PyFunction || descr instanceof PyMethodDescr || descr instanceof PyInt || descr instanceof PyStr)) {
                PyObject f = descr.type().lookup(value == null ? "__delete__" : "__set__");
                if (f != null) {
                    if (value == null) Calls.callDescr(f, descr, obj);
                    else Calls.callDescr(f, descr, obj, value);
                    return;
                }
            }
        }
        PyDict d = obj.getDict();
        if (d == null) {
            if (descr == null || value != null) {
                if (obj instanceof PyModule) throw noAttribute(obj, name);
                throw Errors.attributeError("'" + t.getName() + "' object has no attribute '" + name
                        + "'" + (value != null ? " and no __dict__ for setting new attributes" : ""));
            }
            throw Errors.attributeError("'" + t.getName() + "' object attribute '" + name + "' is read-only");
        }
        if (value == null) {
            if (d.removeStr(name) == null) throw noAttribute(obj, name);
        } else d.putStr(name, value);
    }

    private static void propertySet(PyProperty p, PyObject obj, PyObject value) {
        PyObject f = value == null ? p.fdel : p.fset;
        if (f == null || f == PySingleton.NONE) {
            String n = p.name instanceof PyStr s ? "property '" + s.value + "' of '" + obj.type().getName() + "' object" : "property";
            throw Errors.attributeError(n + (value == null ? " has no deleter" : " has no setter"));
        }
        if (value == null) Calls.call(f, obj); else Calls.call(f, obj, value);
    }

    /** type.__setattr__: metatype data descriptors, else the type dict (version bump). */
    public static void typeSetAttr(PyType t, String name, PyObject value) {
        PyObject metaAttr = t.type().lookup(name);
        if (metaAttr != null && !(metaAttr instanceof PyFunction || metaAttr instanceof PyMethodDescr)) {
            if (metaAttr instanceof PyGetSetDescr gs) { gs.set(t, value); return; }
            if (metaAttr instanceof PyProperty p) { propertySet(p, t, value); return; }
            PyObject f = metaAttr.type().lookup("__set__");
            if (f != null) { Calls.callDescr(f, metaAttr, t, value); return; }
        }
        if (value == null) t.delAttr(name); else t.setAttr(name, value);
    }

    // ---- method calls ----------------------------------------------------------------------------

    /**
     * LOAD_ATTR with the method bit: returns {method, self} when the attribute is a plain
     * function or method descriptor found on the type (the call then passes self), else
     * {value, null}.
     */
    public static PyObject loadMethod(PyObject obj, String name, PyObject[] selfOut) {
        PyType t = obj.type();
        if (t.lookup("__getattribute__") == OBJECT_GETATTRIBUTE && !(obj instanceof PySuper)) {
            PyObject descr = t.lookup(name);
            if (isPlainMethod(descr)) {
                PyDict d = obj.getDict();
                PyObject v = d == null ? null : d.getStr(name);
                if (v != null) { selfOut[0] = null; return v; }
                selfOut[0] = obj;
                return descr;
            }
        }
        selfOut[0] = null;
        return getAttr(obj, name);
    }
}
