package regpy.stdlib.introspect;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import regpy.ast.NodeType;
import regpy.objects.*;
import regpy.runtime.Calls;
import regpy.runtime.Errors;

/**
 * The Python classes of the {@code ast} module, as registered by ast.py (which builds them from
 * {@link AstModule}'s node table), indexed both ways: Python name to class and class to the
 * translator's {@link NodeType}. The field-less classes (Load, Add, Eq, ...) get one shared
 * instance each, as CPython's parser returns.
 */
final class AstClasses {
    private AstClasses() {}

    private static volatile Map<String, PyType> byName = Map.of();
    private static volatile Map<PyType, NodeType> byClass = Map.of();
    private static final ConcurrentHashMap<String, PyObject> SINGLETONS = new ConcurrentHashMap<>();

    static synchronized void register(PyDict classes) {
        Map<String, PyType> names = new HashMap<>();
        Map<PyType, NodeType> types = new HashMap<>();
        for (NodeType t : NodeType.all()) {
            PyObject c = classes.getStr(t.name());
            if (!(c instanceof PyType pt)) throw Errors.typeError("_ast._register: missing class " + t.name());
            names.put(t.name(), pt);
            types.put(pt, t);
        }
        PyObject base = classes.getStr("AST");
        if (base instanceof PyType bt) names.put("AST", bt);
        byName = names;
        byClass = types;
        SINGLETONS.clear();
    }

    static boolean registered() { return !byName.isEmpty(); }

    static PyType cls(String name) {
        PyType t = byName.get(name);
        if (t == null) throw Errors.systemError("the ast module's classes are not registered (import ast first)");
        return t;
    }

    /** True when o is an instance of ast.AST. */
    static boolean isAst(PyObject o) {
        PyType base = byName.get("AST");
        return base != null && o.type().isSubtype(base);
    }

    /** The node type of o's class or of its nearest registered base (user subclasses compile as their base). */
    static NodeType nodeTypeOf(PyObject o) {
        for (PyType t : o.type().getMro()) {
            NodeType nt = byClass.get(t);
            if (nt != null) return nt;
        }
        return null;
    }

    /** The shared instance of a field-less class such as Load or Add. */
    static PyObject singleton(String name) {
        return SINGLETONS.computeIfAbsent(name, n -> Calls.call0(cls(n)));
    }
}
