package regpy.interp;

import regpy.objects.*;
import regpy.runtime.*;

/** Creating super objects for LOAD_SUPER_ATTR and super(). */
public final class SuperSupport {
    private SuperSupport() {}

    public static PySuper make(PyType cls, PyObject obj) {
        PyType objType;
        if (obj instanceof PyType t && t.isSubtype(cls)) objType = t;
        else if (obj.type().isSubtype(cls)) objType = obj.type();
        else {
            PyObject k = Attr.getAttrOrNull(obj, "__class__");
            if (k instanceof PyType kt && kt.isSubtype(cls)) objType = kt;
            else throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(cls, obj, objType);
    }
}
