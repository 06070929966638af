package regpy.compile;

import static regpy.compile.Scope.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import regpy.ast.*;
import regpy.parse.PySyntaxError;

/**
 * CPython 3.13's symtable.c: a first pass records every name's uses and definitions per block,
 * a second pass decides each name's scope (local, global, free, cell), inlines list/set/dict
 * comprehensions into their enclosing function (PEP 709) and computes class closures.
 */
final class SymbolTable {
    final String filename;
    final boolean futureAnnotations;
    final Map<Object, Scope> byKey = new IdentityHashMap<>();
    private final Map<TypeParam, Object> defaultKeys = new IdentityHashMap<>();
    Scope top;
    private Scope cur;
    private final Deque<Scope> stack = new ArrayDeque<>();
    private String privateName;

    private SymbolTable(String filename, boolean futureAnnotations) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
    }

    static SymbolTable build(Mod mod, String filename, boolean futureAnnotations) {
        SymbolTable st = new SymbolTable(filename, futureAnnotations);
        st.enter("top", Kind.MODULE, mod, 0);
        st.top = st.cur;
        switch (mod) {
            case Mod.Module m -> st.stmts(m.body());
            case Mod.Interactive m -> st.stmts(m.body());
            case Mod.Expression m -> st.expr(m.body());
            case Mod.FunctionType m -> {}
        }
        st.exit();
        st.analyze();
        return st;
    }

    Scope lookup(Object key) {
        Scope s = byKey.get(key);
        if (s == null) throw new IllegalStateException("no symbol table for " + key);
        return s;
    }

    // ---- errors ------------------------------------------------------------------------------------------

    PySyntaxError error(String msg, Located at) {
        int line = at == null ? 0 : at.lineno(), col = at == null ? 0 : at.col_offset() + 1;
        int endLine = at == null || at.end_lineno() == null ? line : at.end_lineno();
        int endCol = at == null || at.end_col_offset() == null ? col : at.end_col_offset() + 1;
        return new PySyntaxError("SyntaxError", msg, filename, line, col, endLine, endCol, null);
    }

    // ---- blocks --------------------------------------------------------------------------------------------

    private void enter(String name, Kind kind, Object key, int lineno) {
        Scope s = new Scope(name, kind, key, lineno);
        if (cur != null) {
            if (cur.nested || cur.isFunctionLike()) s.nested = true;
            // Annotation blocks (from __future__ import annotations) become strings: they are not
            // children, so their names do not make cells or free variables anywhere.
            if (kind != Kind.ANNOTATION) cur.children.add(s);
            stack.push(cur);
        }
        byKey.put(key, s);
        cur = s;
    }

    private void exit() { cur = stack.isEmpty() ? null : stack.pop(); }

    static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__")) return name;
        if (name.endsWith("__") || name.contains(".")) return name;
        String p = privateName;
        int i = 0;
        while (i < p.length() && p.charAt(i) == '_') i++;
        if (i == p.length()) return name;
        return "_" + p.substring(i) + name;
    }

    private void addDef(String name, int flag, Located at) { addDef(name, flag, cur, at); }

    private void addDef(String name, int flag, Scope ste, Located at) {
        String mangled = mangle(privateName, name);
        int val = ste.flags(mangled);
        if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0)
            throw error("duplicate argument '" + name + "' in function definition", at);
        val |= flag;
        if (ste.compIterTarget != 0) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0)
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", at);
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) ste.varnames.add(mangled);
        else if ((flag & DEF_GLOBAL) != 0) {
            // st_global is the module's own symbol dict: a global declaration marks the module's name too.
            Scope module = top != null ? top : ste;
            module.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    // ---- statements --------------------------------------------------------------------------------------

    private void stmts(List<Stmt> body) { for (Stmt s : body) stmt(s); }

    private void exprs(List<Expr> es) { for (Expr e : es) if (e != null) expr(e); }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), f.type_params(), false);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), f.type_params(), true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> {
                if (r.value() != null) { expr(r.value()); cur.returnsValue = true; }
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> { exprs(a.targets()); expr(a.value()); }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int flags = cur.flags(mangle(privateName, n.id()));
                    if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.kind != Kind.MODULE && a.simple() != 0)
                        throw error(((flags & DEF_GLOBAL) != 0 ? "annotated name '" + n.id() + "' can't be global"
                                : "annotated name '" + n.id() + "' can't be nonlocal"), a);
                    if (a.simple() != 0) addDef(n.id(), DEF_ANNOT | DEF_LOCAL, a);
                    else if (a.value() != null) addDef(n.id(), DEF_LOCAL, a);
                } else {
                    expr(a.target());
                }
                annotation(a.annotation());
                if (a.value() != null) expr(a.value());
            }
            case Stmt.AugAssign a -> { expr(a.target()); expr(a.value()); }
            case Stmt.TypeAlias t -> typeAlias(t);
            case Stmt.For f -> { expr(f.target()); expr(f.iter()); stmts(f.body()); stmts(f.orelse()); }
            case Stmt.AsyncFor f -> { expr(f.target()); expr(f.iter()); stmts(f.body()); stmts(f.orelse()); }
            case Stmt.While w -> { expr(w.test()); stmts(w.body()); stmts(w.orelse()); }
            case Stmt.If i -> { expr(i.test()); stmts(i.body()); stmts(i.orelse()); }
            case Stmt.With w -> { withItems(w.items()); stmts(w.body()); }
            case Stmt.AsyncWith w -> { withItems(w.items()); stmts(w.body()); }
            case Stmt.Match m -> {
                expr(m.subject());
                for (match_case c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) expr(c.guard());
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> { if (r.exc() != null) { expr(r.exc()); if (r.cause() != null) expr(r.cause()); } }
            case Stmt.Try t -> { stmts(t.body()); stmts(t.orelse()); handlers(t.handlers()); stmts(t.finalbody()); }
            case Stmt.TryStar t -> { stmts(t.body()); stmts(t.orelse()); handlers(t.handlers()); stmts(t.finalbody()); }
            case Stmt.Assert a -> { expr(a.test()); if (a.msg() != null) expr(a.msg()); }
            case Stmt.Import i -> { for (alias a : i.names()) importAlias(a, s); }
            case Stmt.ImportFrom i -> { for (alias a : i.names()) importAlias(a, s); }
            case Stmt.Global g -> declare(g.names(), true, g);
            case Stmt.Nonlocal n -> declare(n.names(), false, n);
            case Stmt.Expr e -> expr(e.value());
            case Stmt.Pass p -> {}
            case Stmt.Break b -> {}
            case Stmt.Continue c -> {}
        }
    }

    private void handlers(List<Excepthandler> hs) {
        for (Excepthandler h : hs) {
            Excepthandler.ExceptHandler eh = (Excepthandler.ExceptHandler) h;
            if (eh.type() != null) expr(eh.type());
            if (eh.name() != null) addDef(eh.name(), DEF_LOCAL, eh);
            stmts(eh.body());
        }
    }

    private void withItems(List<withitem> items) {
        for (withitem w : items) {
            expr(w.context_expr());
            if (w.optional_vars() != null) expr(w.optional_vars());
        }
    }

    private void declare(List<String> names, boolean global, Stmt s) {
        for (String name : names) {
            String mangled = mangle(privateName, name);
            int cur0 = cur.flags(mangled);
            String kind = global ? "global" : "nonlocal";
            if ((cur0 & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((cur0 & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + kind;
                else if ((cur0 & USE) != 0) msg = "name '" + name + "' is used prior to " + kind + " declaration";
                else if ((cur0 & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kind;
                else msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                throw error(msg, s);
            }
            if (!global && cur.kind == Kind.MODULE) throw error("nonlocal declaration not allowed at module level", s);
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            cur.directives.add(new String[] {mangled});
        }
    }

    private void importAlias(alias a, Stmt s) {
        String store = a.asname() != null ? a.asname() : a.name();
        if (a.asname() == null) {
            int dot = store.indexOf('.');
            if (dot >= 0) store = store.substring(0, dot);
        }
        if (store.equals("*")) {
            if (cur.kind != Kind.MODULE) throw error("import * only allowed at module level", s);
            return;
        }
        addDef(store, DEF_IMPORT, a);
    }

    private void function(Stmt s, String name, arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          List<TypeParam> typeParams, boolean async) {
        addDef(name, DEF_LOCAL, (Located) s);
        exprs(args.defaults());
        exprs(args.kw_defaults());
        exprs(decorators);
        boolean generic = typeParams != null && !typeParams.isEmpty();
        if (generic) {
            enterTypeParams(name, typeParams, s);
            for (TypeParam tp : typeParams) typeParam(tp);
        }
        annotations(args, returns, s);
        enter(name, Kind.FUNCTION, s, ((Located) s).lineno());
        if (async) cur.coroutine = true;
        arguments(args);
        stmts(body);
        exit();
        if (generic) exit();
    }

    private void enterTypeParams(String name, List<TypeParam> typeParams, Object key) {
        Scope enclosing = cur;
        enter("<generic parameters of " + name + ">", Kind.TYPE_PARAMETERS, typeParams, 0);
        if (enclosing.kind == Kind.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, null);
        }
        if (key instanceof Stmt.ClassDef) {
            addDef(".type_params", DEF_LOCAL, null);
            addDef(".generic_base", DEF_LOCAL, null);
        } else if (key instanceof Stmt.FunctionDef f) {
            addDefaultsParams(f.args());
        } else if (key instanceof Stmt.AsyncFunctionDef f) {
            addDefaultsParams(f.args());
        }
    }

    private void addDefaultsParams(arguments a) {
        // CPython tests the defaults list against NULL, and the parser always makes one: .defaults is
        // always a parameter (an unused local when there are no defaults).
        addDef(".defaults", DEF_PARAM, null);
        boolean kwDefaults = false;
        for (Expr e : a.kw_defaults()) if (e != null) kwDefaults = true;
        if (kwDefaults) addDef(".kwdefaults", DEF_PARAM, null);
    }

    private void typeParam(TypeParam tp) {
        switch (tp) {
            case TypeParam.TypeVar t -> {
                addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, t);
                typeParamBoundOrDefault(t.bound(), t.name(), t);
                typeParamBoundOrDefault(t.default_value(), t.name(), typeVarDefaultKey(t));
            }
            case TypeParam.ParamSpec p -> {
                addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, p);
                typeParamBoundOrDefault(p.default_value(), p.name(), p);
            }
            case TypeParam.TypeVarTuple p -> {
                addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, p);
                typeParamBoundOrDefault(p.default_value(), p.name(), p);
            }
        }
    }

    /** A bound, constraints or default: a lazily evaluated scope of its own that sees the class scope. */
    private void typeParamBoundOrDefault(Expr e, String name, Object key) {
        if (e == null) return;
        boolean inClass = cur.canSeeClassScope;
        enter(name, Kind.TYPE_VAR_BOUND, key, e.lineno());
        cur.canSeeClassScope = inClass;
        if (inClass) addDef("__classdict__", USE, e);
        expr(e);
        exit();
    }

    /**
     * The scope key of a TypeVar's default. A TypeVar with a bound and a default has two scopes, the
     * bound's keyed by the TypeVar node, so the default needs another unique object (CPython uses the
     * node's address + 1); the default expression itself would collide with a comprehension's key.
     */
    Object typeVarDefaultKey(TypeParam.TypeVar t) {
        return defaultKeys.computeIfAbsent(t, k -> new Object());
    }

    private void annotations(arguments a, Expr returns, Stmt s) {
        if (futureAnnotations) enter("_annotation", Kind.ANNOTATION, a, ((Located) s).lineno());
        for (arg x : a.posonlyargs()) if (x.annotation() != null) expr(x.annotation());
        for (arg x : a.args()) if (x.annotation() != null) expr(x.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
        for (arg x : a.kwonlyargs()) if (x.annotation() != null) expr(x.annotation());
        if (futureAnnotations) exit();
        if (returns != null) annotation(returns);
    }

    private void annotation(Expr e) {
        if (futureAnnotations) {
            enter("_annotation", Kind.ANNOTATION, e, e.lineno());
            expr(e);
            exit();
        } else {
            expr(e);
        }
    }

    private void arguments(arguments a) {
        for (arg x : a.posonlyargs()) addDef(x.arg(), DEF_PARAM, x);
        for (arg x : a.args()) addDef(x.arg(), DEF_PARAM, x);
        for (arg x : a.kwonlyargs()) addDef(x.arg(), DEF_PARAM, x);
        if (a.vararg() != null) { addDef(a.vararg().arg(), DEF_PARAM, a.vararg()); cur.varargs = true; }
        if (a.kwarg() != null) { addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg()); cur.varkeywords = true; }
    }

    private void classDef(Stmt.ClassDef c) {
        addDef(c.name(), DEF_LOCAL, c);
        exprs(c.decorator_list());
        String saved = privateName;
        boolean generic = !c.type_params().isEmpty();
        if (generic) {
            enterTypeParams(c.name(), c.type_params(), c);
            privateName = c.name();
            for (TypeParam tp : c.type_params()) typeParam(tp);
        }
        exprs(c.bases());
        for (keyword k : c.keywords()) expr(k.value());
        enter(c.name(), Kind.CLASS, c, c.lineno());
        privateName = c.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, c);
            addDef(".type_params", USE, c);
        }
        stmts(c.body());
        exit();
        if (generic) exit();
        privateName = saved;
    }

    private void typeAlias(Stmt.TypeAlias t) {
        expr(t.name());
        boolean generic = !t.type_params().isEmpty();
        String name = ((Expr.Name) t.name()).id();
        boolean inClass = cur.kind == Kind.CLASS;   // the statement's scope, not the type parameters'
        if (generic) {
            enterTypeParams(name, t.type_params(), t);
            for (TypeParam tp : t.type_params()) typeParam(tp);
        }
        enter(name, Kind.TYPE_ALIAS, t, t.lineno());
        if (inClass) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, t.value());
        }
        expr(t.value());
        exit();
        if (generic) exit();
    }

    // ---- expressions -------------------------------------------------------------------------------------

    private void expr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                if (cur.compIterExpr > 0)
                    throw error("assignment expression cannot be used in a comprehension iterable expression", n);
                if (cur.comprehension != Comprehension.NONE) extendNamedExprScope((Expr.Name) n.target());
                expr(n.value());
                expr(n.target());
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> { expr(b.left()); expr(b.right()); }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                exprs(l.args().defaults());
                exprs(l.args().kw_defaults());
                enter("lambda", Kind.FUNCTION, l, l.lineno());
                arguments(l.args());
                expr(l.body());
                exit();
            }
            case Expr.IfExp i -> { expr(i.test()); expr(i.body()); expr(i.orelse()); }
            case Expr.Dict d -> { exprs(d.keys()); exprs(d.values()); }
            case Expr.Set s -> exprs(s.elts());
            case Expr.GeneratorExp g -> comprehension(g, "genexpr", g.generators(), g.elt(), null, Comprehension.GENERATOR);
            case Expr.ListComp l -> comprehension(l, "listcomp", l.generators(), l.elt(), null, Comprehension.LIST);
            case Expr.SetComp s -> comprehension(s, "setcomp", s.generators(), s.elt(), null, Comprehension.SET);
            case Expr.DictComp d -> comprehension(d, "dictcomp", d.generators(), d.key(), d.value(), Comprehension.DICT);
            case Expr.Yield y -> {
                if (y.value() != null) expr(y.value());
                cur.generator = true;
                if (cur.comprehension != Comprehension.NONE) throw comprehensionError("'yield'", y);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                cur.generator = true;
                if (cur.comprehension != Comprehension.NONE) throw comprehensionError("'yield'", y);
            }
            case Expr.Await a -> {
                expr(a.value());
                cur.coroutine = true;
            }
            case Expr.Compare c -> { expr(c.left()); exprs(c.comparators()); }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (keyword k : c.keywords()) expr(k.value());
            }
            case Expr.FormattedValue f -> { expr(f.value()); if (f.format_spec() != null) expr(f.format_spec()); }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> {}
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> { expr(s.value()); expr(s.slice()); }
            case Expr.Starred s -> expr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower());
                if (s.upper() != null) expr(s.upper());
                if (s.step() != null) expr(s.step());
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
                if (n.ctx() == ExprContext.Load && cur.isFunctionLike() && n.id().equals("super"))
                    addDef("__class__", USE, n);
                if (n.ctx() == ExprContext.Load && cur.canSeeClassScope) addDef("__classdict__", USE, n);
            }
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
        }
    }

    private PySyntaxError comprehensionError(String what, Expr e) {
        String kind = switch (cur.comprehension) {
            case LIST -> "list comprehension";
            case SET -> "set comprehension";
            case DICT -> "dict comprehension";
            default -> "generator expression";
        };
        return error(what + " inside " + kind, e);
    }

    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        String mangled = mangle(privateName, name);   // symtable_lookup_entry mangles
        List<Scope> chain = new ArrayList<>();
        chain.add(cur);
        chain.addAll(stack);
        for (Scope ste : chain) {
            if (ste.comprehension != Comprehension.NONE) {
                if ((ste.flags(mangled) & DEF_COMP_ITER) != 0)
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target);
                continue;
            }
            if (ste.isFunctionLike()) {
                if ((ste.flags(mangled) & DEF_GLOBAL) != 0) addDef(name, DEF_GLOBAL, target);
                else addDef(name, DEF_NONLOCAL, target);
                addDef(name, DEF_LOCAL, ste, target);
                return;
            }
            if (ste.kind == Kind.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                addDef(name, DEF_GLOBAL, ste, target);
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    private void comprehension(Expr e, String scopeName, List<comprehension> gens, Expr elt, Expr value,
                               Comprehension kind) {
        boolean isGenerator = kind == Comprehension.GENERATOR;
        comprehension outermost = gens.getFirst();
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        enter("<" + scopeName + ">", Kind.FUNCTION, e, e.lineno());
        cur.comprehension = kind;
        if (outermost.is_async() != 0) cur.coroutine = true;
        addDef(".0", DEF_PARAM, null);
        cur.compIterTarget = 1;
        expr(outermost.target());
        cur.compIterTarget = 0;
        exprs(outermost.ifs());
        for (int i = 1; i < gens.size(); i++) {
            comprehension c = gens.get(i);
            cur.compIterTarget = 1;
            expr(c.target());
            cur.compIterTarget = 0;
            cur.compIterExpr++;
            expr(c.iter());
            cur.compIterExpr--;
            exprs(c.ifs());
            if (c.is_async() != 0) cur.coroutine = true;
        }
        if (value != null) expr(value);
        expr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exit();
        if (isAsync) cur.coroutine = true;
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> {}
            case Pattern.MatchSequence s -> { for (Pattern q : s.patterns()) pattern(q); }
            case Pattern.MatchStar s -> { if (s.name() != null) addDef(s.name(), DEF_LOCAL, s); }
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                for (Pattern q : m.patterns()) pattern(q);
                if (m.rest() != null) addDef(m.rest(), DEF_LOCAL, m);
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                for (Pattern q : c.patterns()) pattern(q);
                for (Pattern q : c.kwd_patterns()) pattern(q);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern());
                if (a.name() != null) addDef(a.name(), DEF_LOCAL, a);
            }
            case Pattern.MatchOr o -> { for (Pattern q : o.patterns()) pattern(q); }
        }
    }

    // ---- analysis ----------------------------------------------------------------------------------------

    private void analyze() {
        Set<String> free = new LinkedHashSet<>();
        Set<String> global = new LinkedHashSet<>();
        Set<String> typeParams = new LinkedHashSet<>();
        analyzeBlock(top, null, free, global, typeParams, null);
    }

    private void setScope(Map<String, Integer> scopes, String name, int scope) { scopes.put(name, scope); }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                             Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) throw error("name '" + name + "' is nonlocal and global", null);
            setScope(scopes, name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) throw error("nonlocal declaration not allowed at module level", null);
            if (!bound.contains(name)) throw error("no binding for nonlocal '" + name + "' found", null);
            if (typeParams.contains(name)) throw error("nonlocal binding not allowed for type parameter '" + name + "'", null);
            setScope(scopes, name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            setScope(scopes, name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) typeParams.add(name); else typeParams.remove(name);
            return;
        }
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & DEF_GLOBAL) != 0) { setScope(scopes, name, GLOBAL_EXPLICIT); return; }
            if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) { setScope(scopes, name, GLOBAL_IMPLICIT); return; }
        }
        if (bound != null && bound.contains(name)) {
            setScope(scopes, name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) { setScope(scopes, name, GLOBAL_IMPLICIT); return; }
        if (ste.nested) ste.free = true;
        setScope(scopes, name, GLOBAL_IMPLICIT);
    }

    /** Returns the free variables of the block (child_free for the parent). */
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, Scope classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopes = new java.util.LinkedHashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>(), newFree = new LinkedHashSet<>(), newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();
        if (ste.kind == Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet())
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        if (ste.kind != Kind.CLASS) {
            if (ste.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }
        for (Scope entry : new ArrayList<>(ste.children)) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.kind == Kind.CLASS) newClassEntry = ste;
                else if (classEntry != null) newClassEntry = classEntry;
            }
            boolean inlineComp = entry.comprehension != Comprehension.NONE && !entry.generator && !ste.canSeeClassScope;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new LinkedHashSet<>(newBound), childFree, new LinkedHashSet<>(newGlobal),
                    new LinkedHashSet<>(typeParams), newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
            if (entry.free || entry.childFree) ste.childFree = true;
        }
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope c = ste.children.get(i);
            if (c.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, c.children);
            }
        }
        if (ste.isFunctionLike()) analyzeCells(scopes, newFree, inlinedCells);
        else if (ste.kind == Kind.CLASS) dropClassFree(ste, newFree);
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells, ste.kind == Kind.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree,
                                     Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) continue;
            int scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
            int onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) inlinedCells.add(k);
            Integer existing = ste.symbols.get(k);
            if (scope == FREE && ste.kind == Kind.CLASS && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && ste.kind != Kind.CLASS) {
                if (!isFreeInAnyChild(comp, k)) compFree.remove(k);
            }
        }
        comp.free = !compFree.isEmpty();
        if (removeDunderClass) comp.symbols.remove("__class__");
    }

    private static boolean isFreeInAnyChild(Scope entry, String key) {
        for (Scope c : entry.children) {
            if (c.scopeOf(key) == FREE) return true;
            if (isFreeInAnyChild(c, key)) return true;
        }
        return false;
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) continue;
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) continue;
            e.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) ste.needsClassClosure = true;
        if (free.remove("__classdict__")) ste.needsClassdict = true;
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) flags |= DEF_COMP_CELL;
            Integer scope = scopes.get(e.getKey());
            flags |= (scope == null ? 0 : scope) << SCOPE_OFFSET;
            e.setValue(flags);
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                if (classFlag) symbols.put(name, v | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
