package regpy.stdlib.introspect;

import regpy.ast.NodeType;
import regpy.modules.BuiltinsModule;
import regpy.objects.*;
import regpy.runtime.Errors;

/**
 * {@code _ast}: what ast.py builds on. The node classes themselves are Python classes made by
 * ast.py from {@code _node_table()} (so they behave as any Python class and ast.dump, unparse and
 * the visitors work on hand-built trees); ast.py hands them back through {@code _register} and
 * from then on compile() converts between them and the translator's records in Java.
 */
final class AstModule {
    private AstModule() {}

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.def("_node_table", (a, k) -> nodeTable());
        m.def("_register", (a, k) -> {
            if (a.length != 1 || !(a[0] instanceof PyDict d)) throw Errors.typeError("_register(classes: dict)");
            AstClasses.register(d);
            return PySingleton.NONE;
        });
        m.set("PyCF_ONLY_AST", PyInt.of(CompileBuiltin.PyCF_ONLY_AST));
        m.set("PyCF_TYPE_COMMENTS", PyInt.of(CompileBuiltin.PyCF_TYPE_COMMENTS));
        m.set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(CompileBuiltin.PyCF_ALLOW_TOP_LEVEL_AWAIT));
        m.set("PyCF_OPTIMIZED_AST", PyInt.of(CompileBuiltin.PyCF_OPTIMIZED_AST));
        installCompile();
        return m;
    }

    /** Replaces builtins.compile by {@link CompileBuiltin}, which also takes AST objects. */
    static void installCompile() {
        PyModule b = BuiltinsModule.module();
        b.def("compile", CompileBuiltin::compile);
    }

    /**
     * One row per class, abstract ones first, in ASDL order:
     * (name, base or None, abstract, ((field, type, optional, sequence), ...), (attribute, ...)).
     */
    private static PyObject nodeTable() {
        PyList rows = new PyList();
        for (NodeType t : NodeType.all()) {
            PyObject[] fields = new PyObject[t.fields().size()];
            for (int i = 0; i < fields.length; i++) {
                NodeType.Field f = t.fields().get(i);
                fields[i] = PyTuple.of(PyStr.of(f.name()), PyStr.of(f.type()), PyBool.of(f.optional()), PyBool.of(f.sequence()));
            }
            PyObject[] attrs = t.attributes().stream().map(PyStr::of).toArray(PyObject[]::new);
            rows.append(PyTuple.of(PyStr.of(t.name()), t.base() == null ? PySingleton.NONE : PyStr.of(t.base()),
                    PyBool.of(t.isAbstract()), PyTuple.of(fields), PyTuple.of(attrs)));
        }
        return rows;
    }
}
