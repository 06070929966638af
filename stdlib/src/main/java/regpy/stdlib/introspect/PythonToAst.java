package regpy.stdlib.introspect;

import java.util.ArrayList;
import java.util.List;

import regpy.ast.Expr;
import regpy.ast.Node;
import regpy.ast.NodeType;
import regpy.objects.*;
import regpy.runtime.Abstract;
import regpy.runtime.Attr;
import regpy.runtime.Errors;

/**
 * Instances of the ast module's classes (possibly built or edited by hand) back to the
 * translator's records, with CPython's obj2ast errors: TypeError for a wrong shape
 * ("required field \"lineno\" missing from stmt", "expected some sort of expr, but got ...",
 * "Module field \"body\" must be a list, not a Expr"), ValueError for a missing required field.
 * The rules CPython's AST validator adds on top are in {@link AstValidator}.
 */
final class PythonToAst {
    private PythonToAst() {}

    /** Converts obj, which must be a node of the ASDL type expected ("mod", "expr", "arguments", ...). */
    static Node convert(PyObject obj, String expected) {
        NodeType t = AstClasses.nodeTypeOf(obj);
        if (t == null || t.isAbstract() || !(expected.equals(t.name()) || expected.equals(t.base())))
            throw Errors.typeError("expected some sort of " + expected + ", but got " + Abstract.reprString(obj));
        if (t.fields().isEmpty() && t.attributes().isEmpty()) return t.create();
        List<NodeType.Field> fields = t.fields();
        Object[] values = new Object[fields.size() + t.attributes().size()];
        // CPython reads the location attributes before the fields
        List<String> attrs = t.attributes();
        for (int j = 0; j < attrs.size(); j++) {
            String a = attrs.get(j);
            PyObject v = Attr.getAttrOrNull(obj, a);
            boolean optional = a.startsWith("end_");
            if (v == null || (v == PySingleton.NONE && optional)) {
                if (!optional) throw Errors.typeError("required field \"" + a + "\" missing from " + abstractName(t));
                continue;
            }
            values[fields.size() + j] = integer(v);
        }
        for (int i = 0; i < fields.size(); i++) {
            NodeType.Field f = fields.get(i);
            PyObject v = Attr.getAttrOrNull(obj, f.name());
            if (f.sequence()) {
                if (v == null) { values[i] = List.of(); continue; }
                if (!(v instanceof PyList l))
                    throw Errors.typeError(t.name() + " field \"" + f.name() + "\" must be a list, not a " + v.type().getName());
                List<Object> items = new ArrayList<>();
                for (PyObject x : l.toArray()) items.add(scalar(x, f, t, true));
                values[i] = items;
            } else if (v == null && !f.optional() && !f.type().equals("constant")) {
                throw Errors.typeError("required field \"" + f.name() + "\" missing from " + t.name());
            } else if (v == null || v == PySingleton.NONE) {
                if (!f.optional() && !(f.type().equals("constant")))
                    throw Errors.valueError("field '" + f.name() + "' is required for " + t.name());
                values[i] = f.type().equals("constant") ? regpy.code.Const.NONE : null;
            } else values[i] = scalar(v, f, t, false);
        }
        return t.create(values);
    }

    private static String abstractName(NodeType t) { return t.base() != null ? t.base() : t.name(); }

    private static Object scalar(PyObject v, NodeType.Field f, NodeType owner, boolean inList) {
        switch (f.type()) {
            case "identifier" -> {
                if (v == PySingleton.NONE && inList) return null;
                if (!(v instanceof PyStr s)) throw Errors.typeError("AST identifier must be of type str");
                return s.value;
            }
            case "string" -> {
                if (!(v instanceof PyStr s)) throw Errors.typeError("AST string must be of type str");
                return s.value;
            }
            case "int" -> { return integer(v); }
            case "constant" -> {
                try {
                    return Values.toConst(v);
                } catch (Values.Unsupported u) {
                    throw Errors.typeError("got an invalid type in Constant: " + u.value.type().getName());
                }
            }
            default -> {
                // dict keys may be None (for **spread); kw_defaults may be None (no default)
                if (v == PySingleton.NONE && inList) return null;
                return convert(v, f.type());
            }
        }
    }

    private static Integer integer(PyObject v) {
        if (!(v instanceof PyInt i) || !i.fitsInt()) throw Errors.valueError("invalid integer value: " + Abstract.reprString(v));
        return (int) i.value;
    }

}
