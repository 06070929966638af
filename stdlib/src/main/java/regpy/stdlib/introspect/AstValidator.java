package regpy.stdlib.introspect;

import java.util.List;

import regpy.ast.*;
import regpy.runtime.Errors;

/**
 * The checks CPython's AST validator applies before compiling a tree that came from Python
 * objects (a parsed tree always passes them): expression contexts, empty bodies and target
 * lists, operand counts, names that cannot be identifiers. Errors are ValueErrors with CPython's
 * wording. Everything else is walked generically through {@link NodeType}.
 */
final class AstValidator {
    private AstValidator() {}

    static void validate(Node n) { walk(n, ExprContext.Load); }

    private static void walk(Object o, ExprContext ctx) {
        if (o instanceof List<?> l) { for (Object x : l) walk(x, ctx); return; }
        if (!(o instanceof Node n) || n instanceof Enum<?>) return;
        if (n instanceof Expr e) { expr(e, ctx); return; }
        check(n);
        NodeType t = n.nodeType();
        for (NodeType.Field f : t.fields()) walk(t.get(n, f.name()), storeContext(n, f.name()));
    }

    /** The context an expression field of a statement requires. */
    private static ExprContext storeContext(Node n, String field) {
        return switch (n) {
            case Stmt.Assign a when field.equals("targets") -> ExprContext.Store;
            case Stmt.AugAssign a when field.equals("target") -> ExprContext.Store;
            case Stmt.AnnAssign a when field.equals("target") -> ExprContext.Store;
            case Stmt.For f when field.equals("target") -> ExprContext.Store;
            case Stmt.AsyncFor f when field.equals("target") -> ExprContext.Store;
            case Stmt.Delete d when field.equals("targets") -> ExprContext.Del;
            case Stmt.TypeAlias a when field.equals("name") -> ExprContext.Store;
            case withitem w when field.equals("optional_vars") -> ExprContext.Store;
            case comprehension c when field.equals("target") -> ExprContext.Store;
            default -> ExprContext.Load;
        };
    }

    private static void check(Node n) {
        switch (n) {
            case Stmt.FunctionDef f -> { nonEmpty(f.body(), "body", "FunctionDef"); name(f.name()); }
            case Stmt.AsyncFunctionDef f -> { nonEmpty(f.body(), "body", "AsyncFunctionDef"); name(f.name()); }
            case Stmt.ClassDef c -> { nonEmpty(c.body(), "body", "ClassDef"); name(c.name()); }
            case Stmt.Delete d -> nonEmpty(d.targets(), "targets", "Delete");
            case Stmt.Assign a -> nonEmpty(a.targets(), "targets", "Assign");
            case Stmt.For f -> nonEmpty(f.body(), "body", "For");
            case Stmt.AsyncFor f -> nonEmpty(f.body(), "body", "AsyncFor");
            case Stmt.While w -> nonEmpty(w.body(), "body", "While");
            case Stmt.If i -> nonEmpty(i.body(), "body", "If");
            case Stmt.With w -> { nonEmpty(w.items(), "items", "With"); nonEmpty(w.body(), "body", "With"); }
            case Stmt.AsyncWith w -> { nonEmpty(w.items(), "items", "AsyncWith"); nonEmpty(w.body(), "body", "AsyncWith"); }
            case Stmt.Match m -> nonEmpty(m.cases(), "cases", "Match");
            case Stmt.Try t -> tryShape(t.body(), t.handlers(), t.orelse(), t.finalbody(), "Try");
            case Stmt.TryStar t -> tryShape(t.body(), t.handlers(), t.orelse(), t.finalbody(), "TryStar");
            case Stmt.Import i -> nonEmpty(i.names(), "names", "Import");
            case Stmt.ImportFrom i -> {
                if (i.level() != null && i.level() < 0) throw Errors.valueError("Negative ImportFrom level");
                nonEmpty(i.names(), "names", "ImportFrom");
            }
            case Stmt.Global g -> nonEmpty(g.names(), "names", "Global");
            case Stmt.Nonlocal g -> nonEmpty(g.names(), "names", "Nonlocal");
            case Excepthandler.ExceptHandler h -> nonEmpty(h.body(), "body", "ExceptHandler");
            case arg a -> name(a.arg());
            case keyword k -> { if (k.arg() != null) name(k.arg()); }
            case arguments a -> {
                if (a.defaults().size() > a.posonlyargs().size() + a.args().size())
                    throw Errors.valueError("more positional defaults than args on arguments");
                if (a.kw_defaults().size() != a.kwonlyargs().size())
                    throw Errors.valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
            }
            default -> { }
        }
    }

    private static void tryShape(List<?> body, List<?> handlers, List<?> orelse, List<?> finalbody, String what) {
        nonEmpty(body, "body", what);
        if (handlers.isEmpty() && finalbody.isEmpty())
            throw Errors.valueError(what + " has neither except handlers nor finalbody");
        if (handlers.isEmpty() && !orelse.isEmpty())
            throw Errors.valueError(what + " has orelse but no except handlers");
    }

    private static void expr(Expr e, ExprContext required) {
        ExprContext actual = switch (e) {
            case Expr.Name n -> { name(n.id()); yield n.ctx(); }
            case Expr.Attribute a -> { name(a.attr()); yield a.ctx(); }
            case Expr.Subscript s -> s.ctx();
            case Expr.Starred s -> s.ctx();
            case Expr.List l -> l.ctx();
            case Expr.Tuple t -> t.ctx();
            default -> null;
        };
        if (actual == null && required != ExprContext.Load)
            throw Errors.valueError("expression which can't be assigned to in " + required.name() + " context");
        if (actual != null && actual != required)
            throw Errors.valueError("expression must have " + required.name() + " context but has " + actual.name() + " instead");
        switch (e) {
            case Expr.Compare c -> {
                if (c.comparators().isEmpty()) throw Errors.valueError("Compare with no comparators");
                if (c.comparators().size() != c.ops().size())
                    throw Errors.valueError("Compare has a different number of comparators and operands");
            }
            case Expr.BoolOp b -> { if (b.values().size() < 2) throw Errors.valueError("BoolOp with less than 2 values"); }
            case Expr.Dict d -> {
                if (d.keys().size() != d.values().size())
                    throw Errors.valueError("Dict doesn't have the same number of keys as values");
            }
            case Expr.ListComp c -> nonEmpty(c.generators(), "generators", "ListComp");
            case Expr.SetComp c -> nonEmpty(c.generators(), "generators", "SetComp");
            case Expr.DictComp c -> nonEmpty(c.generators(), "generators", "DictComp");
            case Expr.GeneratorExp c -> nonEmpty(c.generators(), "generators", "GeneratorExp");
            default -> { }
        }
        NodeType t = e.nodeType();
        for (NodeType.Field f : t.fields()) {
            Object v = t.get(e, f.name());
            // a List/Tuple/Starred passes its own context down to its elements
            boolean inherits = (e instanceof Expr.List || e instanceof Expr.Tuple) && f.name().equals("elts")
                    || e instanceof Expr.Starred && f.name().equals("value");
            if (e instanceof Expr.NamedExpr && f.name().equals("target")) {
                if (!(v instanceof Expr.Name)) throw Errors.typeError("NamedExpr target must be a Name");
                walk(v, ExprContext.Store);
            } else walk(v, inherits ? actual : ExprContext.Load);
        }
    }

    private static void name(String id) {
        if (id != null && (id.equals("None") || id.equals("True") || id.equals("False")))
            throw Errors.valueError("identifier field can't represent '" + id + "' constant");
    }

    private static void nonEmpty(List<?> l, String field, String owner) {
        if (l.isEmpty()) throw Errors.valueError("empty " + field + " on " + owner);
    }
}
