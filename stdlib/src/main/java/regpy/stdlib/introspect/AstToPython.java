package regpy.stdlib.introspect;

import java.util.List;

import regpy.ast.Expr;
import regpy.ast.Node;
import regpy.ast.NodeType;
import regpy.objects.*;

/**
 * The translator's AST records to instances of the ast module's classes (what ast.parse returns).
 * Instances are created without running __init__, their __dict__ filled field by field in
 * _fields order, then the location attributes, as CPython's ast2obj does.
 */
final class AstToPython {
    private AstToPython() {}

    static PyObject convert(Object value) {
        if (value == null) return PySingleton.NONE;
        if (value instanceof Node n) return node(n);
        if (value instanceof List<?> l) {
            PyObject[] items = new PyObject[l.size()];
            for (int i = 0; i < items.length; i++) items[i] = convert(l.get(i));
            return new PyList(items);
        }
        if (value instanceof String s) return PyStr.of(s);
        if (value instanceof Integer i) return PyInt.of(i);
        return Values.toPython(value);
    }

    private static PyObject node(Node n) {
        NodeType t = n.nodeType();
        if (n instanceof Enum<?>) return AstClasses.singleton(t.name());
        PyInstance obj = new PyInstance(AstClasses.cls(t.name()));
        PyDict d = obj.getDict();
        for (NodeType.Field f : t.fields()) {
            Object v = t.get(n, f.name());
            // Constant.value is a constant even when it is a str (identifiers and strings are String too).
            d.putStr(f.name(), n instanceof Expr.Constant && f.name().equals("value") ? Values.toPython(v) : convert(v));
        }
        for (String a : t.attributes()) d.putStr(a, convert(t.get(n, a)));
        return obj;
    }
}
