package regpy.compile;

import static regpy.code.Opcode.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import regpy.ast.*;
import regpy.code.CodeObject;
import regpy.code.Const;

/** Expression code generation (compiler_visit_expr and its helpers in CPython 3.13). */
abstract class ExprGen extends CodeGenBase {
    ExprGen(String filename, SymbolTable st, int optimize, int futureFlags, boolean interactive) {
        super(filename, st, optimize, futureFlags, interactive);
    }

    abstract void stmt(Stmt s);

    void stmts(List<Stmt> body) { for (Stmt s : body) stmt(s); }

    void exprs(List<Expr> es) { for (Expr e : es) expr(e); }

    void expr(Expr e) {
        Loc loc = Loc.of(e);
        switch (e) {
            case Expr.NamedExpr n -> {
                expr(n.value());
                opI(COPY, 1, loc);
                expr(n.target());
            }
            case Expr.BoolOp b -> {
                int jumpi = b.op() == Boolop.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
                int end = newLabel();
                List<Expr> vs = b.values();
                for (int i = 0; i < vs.size() - 1; i++) {
                    expr(vs.get(i));
                    opI(COPY, 1, loc);
                    op(TO_BOOL, loc);
                    jump(jumpi, end, loc);
                    op(POP_TOP, loc);
                }
                expr(vs.getLast());
                useLabel(end);
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                opI(BINARY_OP, binop(b.op(), false), loc);
            }
            case Expr.UnaryOp un -> {
                expr(un.operand());
                switch (un.op()) {
                    case UAdd -> opI(CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
                    case Not -> { op(TO_BOOL, loc); op(UNARY_NOT, loc); }
                    case USub -> op(UNARY_NEGATIVE, loc);
                    case Invert -> op(UNARY_INVERT, loc);
                }
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                int end = newLabel(), next = newLabel();
                jumpIf(i.test(), next, false, loc);
                expr(i.body());
                jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
                useLabel(next);
                expr(i.orelse());
                useLabel(end);
            }
            case Expr.Dict d -> dict(d, loc);
            case Expr.Set s -> starunpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false, loc);
            case Expr.GeneratorExp g -> comprehension(g, "<genexpr>", g.generators(), g.elt(), null, Scope.Comprehension.GENERATOR);
            case Expr.ListComp l -> comprehension(l, "<listcomp>", l.generators(), l.elt(), null, Scope.Comprehension.LIST);
            case Expr.SetComp s -> comprehension(s, "<setcomp>", s.generators(), s.elt(), null, Scope.Comprehension.SET);
            case Expr.DictComp d -> comprehension(d, "<dictcomp>", d.generators(), d.key(), d.value(), Scope.Comprehension.DICT);
            case Expr.Yield y -> {
                if (!u.ste.isFunctionLike()) throw error("'yield' outside function", loc);
                if (y.value() != null) expr(y.value()); else loadConst(Const.NONE, loc);
                yieldOp(loc);
            }
            case Expr.YieldFrom y -> {
                if (!u.ste.isFunctionLike()) throw error("'yield' outside function", loc);
                if (u.kind == Unit.Kind.ASYNC_FUNCTION) throw error("'yield from' inside async function", loc);
                expr(y.value());
                op(GET_YIELD_FROM_ITER, loc);
                loadConst(Const.NONE, loc);
                yieldFrom(loc, false);
            }
            case Expr.Await a -> {
                expr(a.value());
                opI(GET_AWAITABLE, 0, loc);
                loadConst(Const.NONE, loc);
                yieldFrom(loc, true);
            }
            case Expr.Compare c -> compare(c, loc);
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.conversion() != -1) {
                    int oparg = switch (f.conversion()) { case 's' -> 1; case 'r' -> 2; case 'a' -> 3; default -> 0; };
                    opI(CONVERT_VALUE, oparg, loc);
                }
                if (f.format_spec() != null) { expr(f.format_spec()); op(FORMAT_WITH_SPEC, loc); }
                else op(FORMAT_SIMPLE, loc);
            }
            case Expr.JoinedStr j -> {
                int n = j.values().size();
                if (n > STACK_USE_GUIDELINE) {
                    loadConst("", loc);
                    opName(LOAD_METHOD, "join", loc);
                    opI(BUILD_LIST, 0, loc);
                    for (Expr v : j.values()) { expr(v); opI(LIST_APPEND, 1, loc); }
                    opI(CALL, 1, loc);
                } else {
                    exprs(j.values());
                    if (n > 1) opI(BUILD_STRING, n, loc);
                    else if (n == 0) loadConst("", loc);
                }
            }
            case Expr.Constant c -> loadConst(c.value(), loc);
            case Expr.Attribute a -> {
                if (a.ctx() == ExprContext.Load && canOptimizeSuperCall(a)) {
                    loadArgsForSuper((Expr.Call) a.value());
                    int opcode = ((Expr.Call) a.value()).args().isEmpty() ? LOAD_ZERO_SUPER_ATTR : LOAD_SUPER_ATTR;
                    opName(opcode, a.attr(), loc);
                    op(NOP, attrLoc(loc, a));
                    return;
                }
                if (a.ctx() == ExprContext.Store && a.value() instanceof Expr.Name n && n.id().equals("self")) {
                    Unit cu = classUnit();
                    if (cu != null) cu.staticAttributes.add(a.attr());
                }
                expr(a.value());
                Loc l2 = attrLoc(loc, a);
                switch (a.ctx()) {
                    case Load -> opName(LOAD_ATTR, a.attr(), l2);
                    case Store -> opName(STORE_ATTR, a.attr(), l2);
                    case Del -> opName(DELETE_ATTR, a.attr(), l2);
                }
            }
            case Expr.Subscript s -> subscript(s, loc);
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) throw error("starred assignment target must be in a list or tuple", loc);
                throw error("can't use starred expression here", loc);
            }
            case Expr.Name n -> nameOp(n.id(), ctx(n.ctx()), loc);
            case Expr.List l -> {
                switch (l.ctx()) {
                    case Store -> assignmentHelper(l.elts(), loc);
                    case Load -> starunpack(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false, loc);
                    case Del -> exprs(l.elts());
                }
            }
            case Expr.Tuple t -> {
                switch (t.ctx()) {
                    case Store -> assignmentHelper(t.elts(), loc);
                    case Load -> starunpack(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true, loc);
                    case Del -> exprs(t.elts());
                }
            }
            case Expr.Slice s -> opI(BUILD_SLICE, slice(s), loc);
        }
    }

    static int binop(Operator op, boolean inplace) {
        int nb = switch (op) {
            case Add -> NB_ADD; case Sub -> NB_SUBTRACT; case Mult -> NB_MULTIPLY; case MatMult -> NB_MATRIX_MULTIPLY;
            case Div -> NB_TRUE_DIVIDE; case Mod -> NB_REMAINDER; case Pow -> NB_POWER; case LShift -> NB_LSHIFT;
            case RShift -> NB_RSHIFT; case BitOr -> NB_OR; case BitXor -> NB_XOR; case BitAnd -> NB_AND;
            case FloorDiv -> NB_FLOOR_DIVIDE;
        };
        return inplace ? nb + NB_INPLACE_ADD : nb;
    }

    /** update_start_location_to_match_attr. */
    static Loc attrLoc(Loc loc, Expr.Attribute attr) {
        int endLine = attr.end_lineno() == null ? attr.lineno() : attr.end_lineno();
        if (loc.lineno() == endLine) return loc;
        int lineno = endLine, col = loc.col(), endCol = loc.endCol();
        int len = attr.attr().codePointCount(0, attr.attr().length());
        int attrEnd = attr.end_col_offset() == null ? 0 : attr.end_col_offset();
        if (len <= attrEnd) col = attrEnd - len;
        else { col = -1; endCol = -1; }
        int endLineno = Math.max(lineno, loc.endLineno());
        if (lineno == endLineno) endCol = Math.max(col, endCol);
        return new Loc(lineno, endLineno, col, endCol);
    }

    // ---- comparisons and conditions ---------------------------------------------------------------------

    void compareOp(Cmpop op, Loc loc) {
        switch (op) {
            case Is -> opI(IS_OP, 0, loc);
            case IsNot -> opI(IS_OP, 1, loc);
            case In -> opI(CONTAINS_OP, 0, loc);
            case NotIn -> opI(CONTAINS_OP, 1, loc);
            default -> {
                int cmp = switch (op) {
                    case Lt -> CMP_LT; case LtE -> CMP_LE; case Eq -> CMP_EQ; case NotEq -> CMP_NE;
                    case Gt -> CMP_GT; default -> CMP_GE;
                };
                opI(COMPARE_OP, compareOparg(cmp), loc);
            }
        }
    }

    private void compare(Expr.Compare e, Loc loc) {
        warn(SyntaxChecks.compare(e), loc);
        expr(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            expr(e.comparators().getFirst());
            compareOp(e.ops().getFirst(), loc);
            return;
        }
        int cleanup = newLabel();
        for (int i = 0; i < n; i++) {
            expr(e.comparators().get(i));
            opI(SWAP, 2, loc);
            opI(COPY, 2, loc);
            compareOp(e.ops().get(i), loc);
            opI(COPY, 1, loc);
            op(TO_BOOL, loc);
            jump(POP_JUMP_IF_FALSE, cleanup, loc);
            op(POP_TOP, loc);
        }
        expr(e.comparators().get(n));
        compareOp(e.ops().get(n), loc);
        int end = newLabel();
        jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
        useLabel(cleanup);
        opI(SWAP, 2, loc);
        op(POP_TOP, loc);
        useLabel(end);
    }

    /** compiler_jump_if: jump to next if bool(e) == cond. */
    void jumpIf(Expr e, int next, boolean cond, Loc loc) {
        switch (e) {
            case Expr.UnaryOp un when un.op() == Unaryop.Not -> { jumpIf(un.operand(), next, !cond, loc); return; }
            case Expr.BoolOp b -> {
                List<Expr> s = b.values();
                int n = s.size() - 1;
                boolean cond2 = b.op() == Boolop.Or;
                int next2 = next;
                if (cond2 != cond) next2 = newLabel();
                for (int i = 0; i < n; i++) jumpIf(s.get(i), next2, cond2, loc);
                jumpIf(s.get(n), next, cond, loc);
                if (next2 != next) useLabel(next2);
                return;
            }
            case Expr.IfExp i -> {
                int end = newLabel(), next2 = newLabel();
                jumpIf(i.test(), next2, false, loc);
                jumpIf(i.body(), next, cond, loc);
                jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
                useLabel(next2);
                jumpIf(i.orelse(), next, cond, loc);
                useLabel(end);
                return;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                Loc l = Loc.of(c);
                warn(SyntaxChecks.compare(c), l);
                int n = c.ops().size() - 1;
                int cleanup = newLabel();
                expr(c.left());
                for (int i = 0; i < n; i++) {
                    expr(c.comparators().get(i));
                    opI(SWAP, 2, l);
                    opI(COPY, 2, l);
                    compareOp(c.ops().get(i), l);
                    op(TO_BOOL, l);
                    jump(POP_JUMP_IF_FALSE, cleanup, l);
                }
                expr(c.comparators().get(n));
                compareOp(c.ops().get(n), l);
                op(TO_BOOL, l);
                jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, l);
                int end = newLabel();
                jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
                useLabel(cleanup);
                op(POP_TOP, l);
                if (!cond) jump(JUMP_NO_INTERRUPT, next, Loc.NO_LOCATION);
                useLabel(end);
                return;
            }
            default -> {}
        }
        expr(e);
        Loc l = Loc.of(e);
        op(TO_BOOL, l);
        jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, l);
    }

    // ---- containers -------------------------------------------------------------------------------------

    static boolean allConst(List<Expr> elts, int begin, int end) {
        for (int i = begin; i < end; i++) if (!(elts.get(i) instanceof Expr.Constant)) return false;
        return true;
    }

    void starunpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple, Loc loc) {
        int n = elts.size();
        if (n > 2 && allConst(elts, 0, n)) {
            List<Object> vals = new ArrayList<>();
            for (Expr x : elts) vals.add(((Expr.Constant) x).value());
            if (tuple && pushed == 0) {
                loadConst(new Const.Tuple(vals), loc);
            } else {
                Object folded = add == SET_ADD ? new Const.FrozenSet(ConstFold.dedupe(vals)) : new Const.Tuple(vals);
                opI(build, pushed, loc);
                loadConst(folded, loc);
                opI(extend, 1, loc);
                if (tuple) opI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr x : elts) if (x instanceof Expr.Starred) { seenStar = true; break; }
        if (!seenStar && !big) {
            exprs(elts);
            opI(tuple ? BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) { opI(build, pushed, loc); built = true; }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (!built) { opI(build, i + pushed, loc); built = true; }
                expr(s.value());
                opI(extend, 1, loc);
            } else {
                expr(x);
                if (built) opI(add, 1, loc);
            }
        }
        if (tuple) opI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
    }

    void assignmentHelper(List<Expr> elts, Loc loc) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8))
                    throw error("too many expressions in star-unpacking assignment", loc);
                opI(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (x instanceof Expr.Starred) {
                throw error("multiple starred expressions in assignment", loc);
            }
        }
        if (!seenStar) opI(UNPACK_SEQUENCE, n, loc);
        for (Expr x : elts) expr(x instanceof Expr.Starred s ? s.value() : x);
    }

    private void subdict(Expr.Dict d, int begin, int end, Loc loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConst(d.keys(), begin, end)) {
            for (int i = begin; i < end; i++) expr(d.values().get(i));
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) keys.add(((Expr.Constant) d.keys().get(i)).value());
            loadConst(new Const.Tuple(keys), loc);
            opI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) opI(BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++) {
            expr(d.keys().get(i));
            expr(d.values().get(i));
            if (big) opI(MAP_ADD, 1, loc);
        }
        if (!big) opI(BUILD_MAP, n, loc);
    }

    private void dict(Expr.Dict d, Loc loc) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i, loc);
                    if (haveDict) opI(DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) { opI(BUILD_MAP, 0, loc); haveDict = true; }
                expr(d.values().get(i));
                opI(DICT_UPDATE, 1, loc);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1, loc);
                if (haveDict) opI(DICT_UPDATE, 1, loc);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n, loc);
            if (haveDict) opI(DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict) opI(BUILD_MAP, 0, loc);
    }

    static boolean isTwoElementSlice(Expr s) { return s instanceof Expr.Slice sl && sl.step() == null; }

    int slice(Expr.Slice s) {
        int n = 2;
        Loc loc = Loc.of(s);
        if (s.lower() != null) expr(s.lower()); else loadConst(Const.NONE, loc);
        if (s.upper() != null) expr(s.upper()); else loadConst(Const.NONE, loc);
        if (s.step() != null) { n++; expr(s.step()); }
        return n;
    }

    private void subscript(Expr.Subscript e, Loc loc) {
        if (e.ctx() == ExprContext.Load) {
            warn(SyntaxChecks.subscripter(e.value()), Loc.of(e.value()));
            warn(SyntaxChecks.index(e.value(), e.slice()), Loc.of(e.value()));
        }
        expr(e.value());
        if (isTwoElementSlice(e.slice()) && e.ctx() != ExprContext.Del) {
            slice((Expr.Slice) e.slice());
            op(e.ctx() == ExprContext.Load ? BINARY_SLICE : STORE_SLICE, loc);
        } else {
            expr(e.slice());
            op(switch (e.ctx()) { case Load -> BINARY_SUBSCR; case Store -> STORE_SUBSCR; case Del -> DELETE_SUBSCR; }, loc);
        }
    }

    // ---- calls ------------------------------------------------------------------------------------------

    private boolean isImportOriginated(Expr e) {
        if (!(e instanceof Expr.Name n)) return false;
        return (st.top.flags(n.id()) & Scope.DEF_IMPORT) != 0;
    }

    private void call(Expr.Call e) {
        if (maybeOptimizeMethodCall(e)) return;
        warn(SyntaxChecks.caller(e.func()), Loc.of(e.func()));
        expr(e.func());
        op(PUSH_NULL, Loc.of(e.func()));
        callHelper(Loc.of(e), 0, e.args(), e.keywords());
    }

    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) return false;
        if (isImportOriginated(meth.value())) return false;
        int argsl = e.args().size(), kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (Expr a : e.args()) if (a instanceof Expr.Starred) return false;
        for (keyword k : e.keywords()) if (k.arg() == null) return false;
        Loc loc = Loc.of(meth);
        if (canOptimizeSuperCall(meth)) {
            Expr.Call sup = (Expr.Call) meth.value();
            loadArgsForSuper(sup);
            opName(sup.args().isEmpty() ? LOAD_ZERO_SUPER_METHOD : LOAD_SUPER_METHOD, meth.attr(), loc);
            loc = attrLoc(loc, meth);
            op(NOP, loc);
        } else {
            expr(meth.value());
            loc = attrLoc(loc, meth);
            opName(LOAD_METHOD, meth.attr(), loc);
        }
        exprs(e.args());
        if (kwdsl > 0) {
            for (keyword k : e.keywords()) expr(k.value());
            kwNames(e.keywords(), loc);
            opI(CALL_KW, argsl + kwdsl, attrLoc(Loc.of(e), meth));
        } else {
            opI(CALL, argsl, attrLoc(Loc.of(e), meth));
        }
        return true;
    }

    private void kwNames(List<keyword> kws, Loc loc) {
        List<Object> names = new ArrayList<>();
        for (keyword k : kws) names.add(k.arg());
        loadConst(new Const.Tuple(names), loc);
    }

    void callHelper(Loc loc, int n, List<Expr> args, List<keyword> keywords) {
        int nelts = args.size(), nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) if (a instanceof Expr.Starred) ex = true;
        for (keyword k : keywords) if (k.arg() == null) ex = true;
        if (!ex) {
            exprs(args);
            if (nkw > 0) {
                for (keyword k : keywords) expr(k.value());
                kwNames(keywords, loc);
                opI(CALL_KW, n + nelts + nkw, loc);
            } else {
                opI(CALL, n + nelts, loc);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.getFirst() instanceof Expr.Starred s) expr(s.value());
        else starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true, loc);
        if (nkw > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++) {
                keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i, loc);
                        if (haveDict) opI(DICT_MERGE, 1, loc);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) { opI(BUILD_MAP, 0, loc); haveDict = true; }
                    expr(kw.value());
                    opI(DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkw - nseen, nkw, loc);
                if (haveDict) opI(DICT_MERGE, 1, loc);
            }
        }
        opI(CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, loc);
    }

    private void subkwargs(List<keyword> kws, int begin, int end, Loc loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) expr(kws.get(i).value());
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) keys.add(kws.get(i).arg());
            loadConst(new Const.Tuple(keys), loc);
            opI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) opI(BUILD_MAP, 0, Loc.NO_LOCATION);
        for (int i = begin; i < end; i++) {
            loadConst(kws.get(i).arg(), loc);
            expr(kws.get(i).value());
            if (big) opI(MAP_ADD, 1, Loc.NO_LOCATION);
        }
        if (!big) opI(BUILD_MAP, n, loc);
    }

    /** super().attr in a method: LOAD_SUPER_ATTR instead of calling super (can_optimize_super_call). */
    boolean canOptimizeSuperCall(Expr e) {
        if (!(e instanceof Expr.Attribute attr) || !(attr.value() instanceof Expr.Call call)) return false;
        if (!(call.func() instanceof Expr.Name n) || !n.id().equals("super") || attr.attr().equals("__class__")
                || !call.keywords().isEmpty()) return false;
        if (u.ste.scopeOf("super") != Scope.GLOBAL_IMPLICIT) return false;
        if (st.top.scopeOf("super") != 0) return false;
        int nargs = call.args().size();
        if (nargs == 2) {
            for (Expr a : call.args()) if (a instanceof Expr.Starred) return false;
            return true;
        }
        if (nargs != 0) return false;
        if (u.argcount == 0 && u.posonlyargcount == 0) return false;
        return u.ste.scopeOf("__class__") == Scope.FREE;
    }

    void loadArgsForSuper(Expr.Call e) {
        nameOp("super", Ctx.LOAD, Loc.of(e.func()));
        if (e.args().size() == 2) {
            expr(e.args().get(0));
            expr(e.args().get(1));
        } else {
            Loc loc = Loc.of(e);
            nameOp("__class__", Ctx.LOAD, loc);
            nameOp(u.varnames.keySet().iterator().next(), Ctx.LOAD, loc);
        }
    }

    // ---- functions --------------------------------------------------------------------------------------

    int defaultArguments(arguments args, Loc loc) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            exprs(args.defaults());
            opI(BUILD_TUPLE, args.defaults().size(), loc);
            flags |= FN_DEFAULTS;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kw_defaults().get(i);
            if (d != null) {
                expr(d);
                keys.add(SymbolTable.mangle(u.privateName, args.kwonlyargs().get(i).arg()));
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new Const.Tuple(keys), loc);
            opI(BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= FN_KWDEFAULTS;
        }
        return flags;
    }

    private void lambda(Expr.Lambda l) {
        Loc loc = Loc.of(l);
        int flags = defaultArguments(l.args(), loc);
        enterScope("<lambda>", Unit.Kind.LAMBDA, l, l.lineno());
        u.consts.add(Const.NONE);
        u.argcount = l.args().args().size();
        u.posonlyargcount = l.args().posonlyargs().size();
        u.kwonlyargcount = l.args().kwonlyargs().size();
        expr(l.body());
        CodeObject co;
        if (u.ste.generator) {
            co = assemble(false);
        } else {
            op(RETURN_VALUE, Loc.of(l.body()));
            co = assemble(true);
        }
        exitScope();
        makeClosure(co, flags, loc);
    }

    // ---- comprehensions -----------------------------------------------------------------------------

    private record InlineState(List<String> pushedLocals, Map<String, Integer> tempSymbols, List<String> fastHidden,
                               int cleanup, int end) {}

    private void comprehension(Expr e, String name, List<comprehension> gens, Expr elt, Expr val,
                               Scope.Comprehension type) {
        Scope entry = st.lookup(e);
        boolean inlined = entry.compInlined;
        boolean isAsync = entry.coroutine;
        Loc loc = Loc.of(e);
        comprehension outermost = gens.getFirst();
        InlineState state = null;
        Unit.Kind outerKind = u.kind;
        if (inlined) {
            expr(outermost.iter());
            op(outermost.is_async() != 0 ? GET_AITER : GET_ITER, Loc.of(outermost.iter()));
            state = pushInlined(loc, entry);
        } else {
            enterScope(name, Unit.Kind.COMPREHENSION, e, e.lineno());
        }
        if (isAsync && type != Scope.Comprehension.GENERATOR && outerKind != Unit.Kind.ASYNC_FUNCTION
                && outerKind != Unit.Kind.COMPREHENSION)
            throw error("asynchronous comprehension outside of an asynchronous function", loc);
        if (type != Scope.Comprehension.GENERATOR) {
            int opcode = switch (type) { case LIST -> BUILD_LIST; case SET -> BUILD_SET; default -> BUILD_MAP; };
            opI(opcode, 0, loc);
            if (inlined) opI(SWAP, 2, loc);
        }
        comprehensionGenerator(loc, gens, 0, 0, elt, val, type, inlined);
        if (inlined) {
            popInlined(loc, state);
            return;
        }
        if (type != Scope.Comprehension.GENERATOR) op(RETURN_VALUE, loc);
        else wrapInStopIterationHandler();
        CodeObject co = assemble(true);
        exitScope();
        makeClosure(co, 0, loc);
        expr(outermost.iter());
        op(outermost.is_async() != 0 ? GET_AITER : GET_ITER, Loc.of(outermost.iter()));
        opI(CALL, 0, loc);
        if (isAsync && type != Scope.Comprehension.GENERATOR) {
            opI(GET_AWAITABLE, 0, loc);
            loadConst(Const.NONE, loc);
            yieldFrom(loc, true);
        }
    }

    void wrapInStopIterationHandler() {
        int handler = newLabel();
        u.seq.insertFirst(SETUP_CLEANUP, handler, Loc.NO_LOCATION);
        loadConst(Const.NONE, Loc.NO_LOCATION);
        op(RETURN_VALUE, Loc.NO_LOCATION);
        useLabel(handler);
        opI(CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, Loc.NO_LOCATION);
        opI(RERAISE, 1, Loc.NO_LOCATION);
    }

    private void comprehensionGenerator(Loc loc, List<comprehension> gens, int genIndex, int depth, Expr elt,
                                        Expr val, Scope.Comprehension type, boolean iterOnStack) {
        comprehension gen = gens.get(genIndex);
        if (gen.is_async() != 0) {
            asyncComprehensionGenerator(loc, gens, genIndex, depth, elt, val, type, iterOnStack);
            return;
        }
        int start = newLabel(), ifCleanup = newLabel(), anchor = newLabel();
        boolean hasStart = true;
        if (!iterOnStack) {
            if (genIndex == 0) {
                u.argcount = 1;
                opI(LOAD_FAST, 0, loc);
            } else {
                List<Expr> elts = switch (gen.iter()) {
                    case Expr.List l -> l.elts();
                    case Expr.Tuple t -> t.elts();
                    default -> null;
                };
                if (elts != null && elts.size() == 1 && !(elts.getFirst() instanceof Expr.Starred)) {
                    expr(elts.getFirst());
                    hasStart = false;
                }
                if (hasStart) {
                    expr(gen.iter());
                    op(GET_ITER, Loc.of(gen.iter()));
                }
            }
        }
        if (hasStart) {
            depth++;
            useLabel(start);
            jump(FOR_ITER, anchor, Loc.of(gen.iter()));
        }
        expr(gen.target());
        for (Expr cond : gen.ifs()) jumpIf(cond, ifCleanup, false, loc);
        if (++genIndex < gens.size())
            comprehensionGenerator(loc, gens, genIndex, depth, elt, val, type, false);
        Loc eltLoc = Loc.of(elt);
        if (genIndex >= gens.size()) {
            switch (type) {
                case GENERATOR -> { expr(elt); yieldOp(eltLoc); op(POP_TOP, eltLoc); }
                case LIST -> { expr(elt); opI(LIST_APPEND, depth + 1, eltLoc); }
                case SET -> { expr(elt); opI(SET_ADD, depth + 1, eltLoc); }
                default -> {
                    expr(elt);
                    expr(val);
                    eltLoc = new Loc(elt.lineno(), val.end_lineno(), elt.col_offset(), val.end_col_offset());
                    opI(MAP_ADD, depth + 1, eltLoc);
                }
            }
        }
        useLabel(ifCleanup);
        if (hasStart) {
            jump(JUMP, start, eltLoc);
            useLabel(anchor);
            op(END_FOR, Loc.NO_LOCATION);
            op(POP_TOP, Loc.NO_LOCATION);
        }
    }

    private void asyncComprehensionGenerator(Loc loc, List<comprehension> gens, int genIndex, int depth, Expr elt,
                                             Expr val, Scope.Comprehension type, boolean iterOnStack) {
        comprehension gen = gens.get(genIndex);
        int start = newLabel(), except = newLabel(), ifCleanup = newLabel();
        if (!iterOnStack) {
            if (genIndex == 0) {
                u.argcount = 1;
                opI(LOAD_FAST, 0, loc);
            } else {
                expr(gen.iter());
                op(GET_AITER, Loc.of(gen.iter()));
            }
        }
        useLabel(start);
        pushFBlock(Unit.FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, -1, null, loc);
        jump(SETUP_FINALLY, except, loc);
        op(GET_ANEXT, loc);
        loadConst(Const.NONE, loc);
        yieldFrom(loc, true);
        op(POP_BLOCK, loc);
        expr(gen.target());
        for (Expr cond : gen.ifs()) jumpIf(cond, ifCleanup, false, loc);
        depth++;
        if (++genIndex < gens.size())
            comprehensionGenerator(loc, gens, genIndex, depth, elt, val, type, false);
        Loc eltLoc = Loc.of(elt);
        if (genIndex >= gens.size()) {
            switch (type) {
                case GENERATOR -> { expr(elt); yieldOp(eltLoc); op(POP_TOP, eltLoc); }
                case LIST -> { expr(elt); opI(LIST_APPEND, depth + 1, eltLoc); }
                case SET -> { expr(elt); opI(SET_ADD, depth + 1, eltLoc); }
                default -> {
                    expr(elt);
                    expr(val);
                    eltLoc = new Loc(elt.lineno(), val.end_lineno(), elt.col_offset(), val.end_col_offset());
                    opI(MAP_ADD, depth + 1, eltLoc);
                }
            }
        }
        useLabel(ifCleanup);
        jump(JUMP, start, eltLoc);
        popFBlock();
        useLabel(except);
        op(END_ASYNC_FOR, loc);
    }

    private InlineState pushInlined(Loc loc, Scope entry) {
        boolean inClassBlock = u.ste.kind == Scope.Kind.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        List<String> pushed = null;
        Map<String, Integer> temp = null;
        List<String> hidden = null;
        for (Map.Entry<String, Integer> e : entry.symbols.entrySet()) {
            String k = e.getKey();
            int symbol = e.getValue();
            int scope = (symbol >> Scope.SCOPE_OFFSET) & Scope.SCOPE_MASK;
            Integer outv = u.ste.symbols.get(k);
            int outvv = outv == null ? 0 : outv;
            int outsc = (outvv >> Scope.SCOPE_OFFSET) & Scope.SCOPE_MASK;
            if ((scope != outsc && scope != Scope.FREE && !(scope == Scope.CELL && outsc == Scope.FREE)) || inClassBlock) {
                if (temp == null) temp = new LinkedHashMap<>();
                u.ste.symbols.put(k, symbol);
                temp.put(k, outv);
            }
            if (((symbol & Scope.DEF_LOCAL) != 0 && (symbol & Scope.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!u.ste.isFunctionLike()) {
                    Boolean orig = u.fasthidden.get(k);
                    if (!Boolean.TRUE.equals(orig)) {
                        u.fasthidden.put(k, true);
                        if (hidden == null) hidden = new ArrayList<>();
                        hidden.add(k);
                    }
                }
                if (pushed == null) pushed = new ArrayList<>();
                opVarname(LOAD_FAST_AND_CLEAR, k, loc);
                if (scope == Scope.CELL) {
                    if (outsc == Scope.FREE) opI(MAKE_CELL, u.freevars.get(k), loc);
                    else opI(MAKE_CELL, Unit.add(u.cellvars, k), loc);
                }
                pushed.add(k);
            }
        }
        if (pushed != null) opI(SWAP, pushed.size() + 1, loc);
        int cleanup = newLabel(), end = newLabel();
        if (pushed != null) jump(SETUP_FINALLY, cleanup, loc);
        return new InlineState(pushed, temp, hidden, cleanup, end);
    }

    private void popInlined(Loc loc, InlineState s) {
        u.inInlinedComp--;
        if (s.tempSymbols() != null) {
            for (Map.Entry<String, Integer> e : s.tempSymbols().entrySet()) {
                if (e.getValue() == null) u.ste.symbols.remove(e.getKey());
                else u.ste.symbols.put(e.getKey(), e.getValue());
            }
        }
        if (s.pushedLocals() != null) {
            op(POP_BLOCK, Loc.NO_LOCATION);
            jump(JUMP_NO_INTERRUPT, s.end(), Loc.NO_LOCATION);
            useLabel(s.cleanup());
            opI(SWAP, 2, Loc.NO_LOCATION);
            op(POP_TOP, Loc.NO_LOCATION);
            restoreInlinedLocals(loc, s.pushedLocals());
            opI(RERAISE, 0, Loc.NO_LOCATION);
            useLabel(s.end());
            restoreInlinedLocals(loc, s.pushedLocals());
        }
        if (s.fastHidden() != null) for (String k : s.fastHidden()) u.fasthidden.put(k, false);
    }

    private void restoreInlinedLocals(Loc loc, List<String> pushed) {
        opI(SWAP, pushed.size() + 1, loc);
        for (int i = pushed.size() - 1; i >= 0; i--) opVarname(STORE_FAST_MAYBE_NULL, pushed.get(i), loc);
    }
}
