package regpy.objects;

import regpy.runtime.Errors;

/** A method of a builtin type, as found in the type dict (list.append). Binds to a builtin method. */
public final class PyMethodDescr extends PyObject {
    public final PyType objclass;
    public final String name;
    final int minArgs, maxArgs;
    final Fn.MV impl;
    boolean checkSelf = true;

    public PyMethodDescr(PyType objclass, String name, int minArgs, int maxArgs, Fn.MV impl) {
        this.objclass = objclass;
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.impl = impl;
    }

    @Override public PyType type() { return Types.METHOD_DESCRIPTOR; }

    public String qualname() { return objclass.getName() + "." + name; }

    @Override public PyObject call(PyObject[] args, String[] kwnames) {
        int kw = kwnames == null ? 0 : kwnames.length;
        if (args.length - kw < 1)
            throw Errors.typeError("unbound method " + qualname() + "() needs an argument");
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callSelf(args[0], rest, kwnames);
    }

    @Override public PyObject callSelf(PyObject self, PyObject[] args, String[] kwnames) {
        if (checkSelf && !self.type().isSubtype(objclass))
            throw Errors.typeError("descriptor '" + name + "' for '" + objclass.getName()
                    + "' objects doesn't apply to a '" + self.type().getName() + "' object");
        if (minArgs >= 0) {
            if (kwnames != null && kwnames.length > 0)
                throw Errors.typeError(qualname() + "() takes no keyword arguments");
            int n = args.length;
            if (n < minArgs || n > maxArgs) {
                if (maxArgs == 0) throw Errors.typeError(qualname() + "() takes no arguments (" + n + " given)");
                if (minArgs == 1 && maxArgs == 1)
                    throw Errors.typeError(qualname() + "() takes exactly one argument (" + n + " given)");
                throw Errors.typeError(name + " expected " + (n < minArgs ? "at least " + minArgs : "at most " + maxArgs)
                        + " argument" + ((n < minArgs ? minArgs : maxArgs) == 1 ? "" : "s") + ", got " + n);
            }
        }
        return impl.call(self, args, kwnames);
    }

    /** Binds to an instance: the descriptor protocol's __get__. */
    public PyObject bind(PyObject obj) { return new PyBuiltinFunction(name, obj, this); }
}
