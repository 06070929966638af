package regpy.compile;

import static regpy.code.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import regpy.ast.*;
import regpy.code.CodeObject;
import regpy.code.Const;

/** Statement code generation: modules, functions, classes, control flow, try/with, imports. */
final class CodeGen extends ExprGen {
    private final TypeParamGen typeParamGen = new TypeParamGen(this);

    CodeGen(String filename, SymbolTable st, int optimize, int futureFlags, boolean interactive) {
        super(filename, st, optimize, futureFlags, interactive);
    }

    // ---- module -------------------------------------------------------------------------------------------

    CodeObject module(Mod mod) {
        enterScope("<module>", Unit.Kind.MODULE, mod, 1);
        boolean addNone = true;
        switch (mod) {
            case Mod.Module m -> body(m.body());
            case Mod.Interactive m -> { for (Stmt s : m.body()) stmt(s); }
            case Mod.Expression m -> { expr(m.body()); addNone = false; }
            case Mod.FunctionType m -> throw new IllegalArgumentException("cannot compile FunctionType");
        }
        CodeObject co = assemble(addNone);
        exitScope();
        return co;
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.getFirst() instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) return s;
        return null;
    }

    private void body(List<Stmt> stmts) {
        Loc loc = Loc.NO_LOCATION;
        if (u.kind == Unit.Kind.MODULE && !stmts.isEmpty()) loc = Loc.of(stmts.getFirst());
        if (findAnn(stmts)) op(SETUP_ANNOTATIONS, loc);
        if (stmts.isEmpty()) return;
        int first = 0;
        if (docstring(stmts) != null) {
            first = 1;
            if (optimize < 2) {
                Expr value = ((Stmt.Expr) stmts.getFirst()).value();
                loadConst(cleanDoc(docstring(stmts)), Loc.of(value));
                nameOp("__doc__", Ctx.STORE, Loc.NO_LOCATION);
            }
        }
        for (int i = first; i < stmts.size(); i++) stmt(stmts.get(i));
    }

    /**
     * _PyCompile_CleanDoc (3.13): tabs expanded, the first line's leading spaces and the common
     * indentation of the later lines removed (trailing blank lines are kept).
     */
    static String cleanDoc(String doc) {
        doc = expandTabs(doc);
        int n = doc.length(), p = 0;
        while (p < n && doc.charAt(p++) != '\n') { }
        int margin = Integer.MAX_VALUE;
        while (p < n) {
            int s = p;
            while (p < n && doc.charAt(p) == ' ') p++;
            if (p < n && doc.charAt(p) != '\n') margin = Math.min(margin, p - s);
            while (p < n && doc.charAt(p++) != '\n') { }
        }
        if (margin == Integer.MAX_VALUE) margin = 0;
        p = 0;
        while (p < n && doc.charAt(p) == ' ') p++;
        if (p == 0 && margin == 0) return doc;
        StringBuilder w = new StringBuilder(n);
        while (p < n) {
            char ch = doc.charAt(p++);
            w.append(ch);
            if (ch == '\n') break;
        }
        while (p < n) {
            for (int i = 0; i < margin && p < n; i++, p++) if (doc.charAt(p) != ' ') break;
            while (p < n) {
                char ch = doc.charAt(p++);
                w.append(ch);
                if (ch == '\n') break;
            }
        }
        return w.toString();
    }

    /** str.expandtabs(8). */
    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') { int sp = 8 - col % 8; sb.append(" ".repeat(sp)); col += sp; }
            else { sb.append(c); col = (c == '\n' || c == '\r') ? 0 : col + 1; }
        }
        return sb.toString();
    }

    private static boolean findAnn(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean r = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.AsyncFor f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Stmt.If i -> findAnn(i.body()) || findAnn(i.orelse());
                case Stmt.With w -> findAnn(w.body());
                case Stmt.AsyncWith w -> findAnn(w.body());
                case Stmt.Try t -> findAnnHandlers(t.handlers()) || findAnn(t.body()) || findAnn(t.finalbody()) || findAnn(t.orelse());
                case Stmt.TryStar t -> findAnnHandlers(t.handlers()) || findAnn(t.body()) || findAnn(t.finalbody()) || findAnn(t.orelse());
                case Stmt.Match m -> { boolean any = false; for (match_case c : m.cases()) any |= findAnn(c.body()); yield any; }
                default -> false;
            };
            if (r) return true;
        }
        return false;
    }

    private static boolean findAnnHandlers(List<Excepthandler> hs) {
        for (Excepthandler h : hs) if (findAnn(((Excepthandler.ExceptHandler) h).body())) return true;
        return false;
    }

    // ---- statements ---------------------------------------------------------------------------------------

    @Override
    void stmt(Stmt s) {
        Loc loc = Loc.of(s);
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), f.type_params(), false);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), f.type_params(), true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> ret(r, loc);
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                expr(a.value());
                int n = a.targets().size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) opI(COPY, 1, loc);
                    expr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a, loc);
            case Stmt.AnnAssign a -> annAssign(a, loc);
            case Stmt.For f -> forLoop(f, loc);
            case Stmt.AsyncFor f -> asyncFor(f, loc);
            case Stmt.While w -> whileLoop(w, loc);
            case Stmt.If i -> {
                int end = newLabel();
                int next = end;
                if (!i.orelse().isEmpty()) next = newLabel();
                jumpIf(i.test(), next, false, loc);
                stmts(i.body());
                if (!i.orelse().isEmpty()) {
                    jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
                    useLabel(next);
                    stmts(i.orelse());
                }
                useLabel(end);
            }
            case Stmt.With w -> with(w, 0, loc);
            case Stmt.AsyncWith w -> asyncWith(w, 0, loc);
            case Stmt.Match m -> new PatternGen(this).match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n++;
                    if (r.cause() != null) { expr(r.cause()); n++; }
                }
                opI(RAISE_VARARGS, n, loc);
            }
            case Stmt.Try t -> {
                if (!t.finalbody().isEmpty()) tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), loc, false);
                else tryExcept(t.body(), t.handlers(), t.orelse(), loc);
            }
            case Stmt.TryStar t -> {
                if (!t.finalbody().isEmpty()) tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), loc, true);
                else tryStarExcept(t.body(), t.handlers(), t.orelse(), loc);
            }
            case Stmt.Assert a -> {
                boolean nonEmptyTuple = a.test() instanceof Expr.Tuple t ? !t.elts().isEmpty()
                        : a.test() instanceof Expr.Constant c && c.value() instanceof Const.Tuple ct && !ct.items().isEmpty();
                if (nonEmptyTuple) warn("assertion is always true, perhaps remove parentheses?", loc);
                if (optimize > 0) return;
                int end = newLabel();
                jumpIf(a.test(), end, true, loc);
                op(LOAD_ASSERTION_ERROR, loc);
                if (a.msg() != null) { expr(a.msg()); opI(CALL, 0, loc); }
                opI(RAISE_VARARGS, 1, Loc.of(a.test()));
                useLabel(end);
            }
            case Stmt.Import i -> importStmt(i, loc);
            case Stmt.ImportFrom i -> importFrom(i, loc);
            case Stmt.Global g -> {}
            case Stmt.Nonlocal n -> {}
            case Stmt.Expr e -> {
                if (interactive && nestlevel <= 1) {
                    expr(e.value());
                    opI(CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
                    op(POP_TOP, Loc.NO_LOCATION);
                } else if (e.value() instanceof Expr.Constant) {
                    op(NOP, loc);
                } else {
                    expr(e.value());
                    op(POP_TOP, Loc.NO_LOCATION);
                }
            }
            case Stmt.Pass p -> op(NOP, loc);
            case Stmt.Break b -> breakStmt(loc);
            case Stmt.Continue c -> continueStmt(loc);
            case Stmt.TypeAlias t -> typeAlias(t, loc);
        }
    }

    // ---- unwinding ------------------------------------------------------------------------------------------

    /** Returns the location to use after unwinding (NO_LOCATION when a finally/with body ran). */
    private Loc unwindFBlock(Unit.FBlock info, boolean preserveTos, Loc loc) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION -> {}
            case FOR_LOOP -> {
                if (preserveTos) opI(SWAP, 2, loc);
                op(POP_TOP, loc);
            }
            case TRY_EXCEPT -> op(POP_BLOCK, loc);
            case FINALLY_TRY -> {
                op(POP_BLOCK, loc);
                if (preserveTos) pushFBlock(Unit.FBlockType.POP_VALUE, -1, -1, null, loc);
                @SuppressWarnings("unchecked") List<Stmt> fin = (List<Stmt>) info.datum();
                stmts(fin);
                if (preserveTos) popFBlock();
                return Loc.NO_LOCATION;
            }
            case FINALLY_END -> {
                if (preserveTos) opI(SWAP, 2, loc);
                op(POP_TOP, loc);
                if (preserveTos) opI(SWAP, 2, loc);
                op(POP_BLOCK, loc);
                op(POP_EXCEPT, loc);
            }
            case WITH, ASYNC_WITH -> {
                loc = info.loc();
                op(POP_BLOCK, loc);
                if (preserveTos) opI(SWAP, 2, loc);
                callExitWithNones(loc);
                if (info.type() == Unit.FBlockType.ASYNC_WITH) {
                    opI(GET_AWAITABLE, 2, loc);
                    loadConst(Const.NONE, loc);
                    yieldFrom(loc, true);
                }
                op(POP_TOP, loc);
                return Loc.NO_LOCATION;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) op(POP_BLOCK, loc);
                if (preserveTos) opI(SWAP, 2, loc);
                op(POP_BLOCK, loc);
                op(POP_EXCEPT, loc);
                if (info.datum() != null) {
                    loadConst(Const.NONE, loc);
                    nameOp((String) info.datum(), Ctx.STORE, loc);
                    nameOp((String) info.datum(), Ctx.DEL, loc);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) opI(SWAP, 2, loc);
                op(POP_TOP, loc);
            }
        }
        return loc;
    }

    /** Unwind every frame block (or up to the innermost loop when wantLoop); returns [loc, loop]. */
    private Object[] unwindStack(Loc loc, boolean preserveTos, boolean wantLoop) {
        if (u.fblocks.isEmpty()) return new Object[] {loc, null};
        Unit.FBlock top = u.fblocks.getLast();
        if (top.type() == Unit.FBlockType.EXCEPTION_GROUP_HANDLER)
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
        if (wantLoop && (top.type() == Unit.FBlockType.WHILE_LOOP || top.type() == Unit.FBlockType.FOR_LOOP))
            return new Object[] {loc, top};
        u.fblocks.removeLast();
        loc = unwindFBlock(top, preserveTos, loc);
        Object[] r = unwindStack(loc, preserveTos, wantLoop);
        u.fblocks.add(top);
        return r;
    }

    private void callExitWithNones(Loc loc) {
        loadConst(Const.NONE, loc);
        loadConst(Const.NONE, loc);
        loadConst(Const.NONE, loc);
        opI(CALL, 2, loc);
    }

    private void ret(Stmt.Return r, Loc loc) {
        Expr value = r.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        if (!u.ste.isFunctionLike()) throw error("'return' outside function", loc);
        if (value != null && u.ste.coroutine && u.ste.generator) throw error("'return' with value in async generator", loc);
        if (preserveTos) expr(value);
        else if (value != null) { loc = Loc.of(value); op(NOP, loc); }
        if (value == null || value.lineno() != r.lineno()) { loc = Loc.of(r); op(NOP, loc); }
        loc = (Loc) unwindStack(loc, preserveTos, false)[0];
        if (value == null) loadConst(Const.NONE, loc);
        else if (!preserveTos) loadConst(((Expr.Constant) value).value(), loc);
        op(RETURN_VALUE, loc);
    }

    private void breakStmt(Loc loc) {
        op(NOP, loc);
        Object[] r = unwindStack(loc, false, true);
        Unit.FBlock loop = (Unit.FBlock) r[1];
        if (loop == null) throw error("'break' outside loop", loc);
        Loc l = unwindFBlock(loop, false, (Loc) r[0]);
        jump(JUMP, loop.exit(), l);
    }

    private void continueStmt(Loc loc) {
        op(NOP, loc);
        Object[] r = unwindStack(loc, false, true);
        Unit.FBlock loop = (Unit.FBlock) r[1];
        if (loop == null) throw error("'continue' not properly in loop", loc);
        jump(JUMP, loop.block(), (Loc) r[0]);
    }

    // ---- loops --------------------------------------------------------------------------------------------

    /** The test is compiled twice: before the loop, and at the bottom as the backward branch. */
    private void whileLoop(Stmt.While w, Loc loc) {
        int loop = newLabel(), body = newLabel(), anchor = newLabel(), exit = newLabel();
        useLabel(loop);
        pushFBlock(Unit.FBlockType.WHILE_LOOP, loop, exit, null, loc);
        jumpIf(w.test(), anchor, false, loc);
        useLabel(body);
        stmts(w.body());
        jumpIf(w.test(), body, true, loc);
        popFBlock();
        useLabel(anchor);
        stmts(w.orelse());
        useLabel(exit);
    }

    private void forLoop(Stmt.For f, Loc loc) {
        int start = newLabel(), body = newLabel(), cleanup = newLabel(), end = newLabel();
        pushFBlock(Unit.FBlockType.FOR_LOOP, start, end, null, loc);
        expr(f.iter());
        Loc iterLoc = Loc.of(f.iter());
        op(GET_ITER, iterLoc);
        useLabel(start);
        jump(FOR_ITER, cleanup, iterLoc);
        op(NOP, Loc.of(f.target()));
        useLabel(body);
        expr(f.target());
        stmts(f.body());
        jump(JUMP, start, Loc.NO_LOCATION);
        useLabel(cleanup);
        op(END_FOR, Loc.NO_LOCATION);
        op(POP_TOP, Loc.NO_LOCATION);
        popFBlock();
        stmts(f.orelse());
        useLabel(end);
    }

    private void requireAsync(String what, Loc loc) {
        if (u.kind != Unit.Kind.ASYNC_FUNCTION) throw error("'" + what + "' outside async function", loc);
    }

    private void asyncFor(Stmt.AsyncFor f, Loc loc) {
        requireAsync("async for", loc);
        int start = newLabel(), except = newLabel(), end = newLabel();
        expr(f.iter());
        op(GET_AITER, Loc.of(f.iter()));
        useLabel(start);
        pushFBlock(Unit.FBlockType.FOR_LOOP, start, end, null, loc);
        jump(SETUP_FINALLY, except, loc);
        op(GET_ANEXT, loc);
        loadConst(Const.NONE, loc);
        yieldFrom(loc, true);
        op(POP_BLOCK, loc);
        expr(f.target());
        stmts(f.body());
        jump(JUMP, start, Loc.NO_LOCATION);
        popFBlock();
        useLabel(except);
        op(END_ASYNC_FOR, Loc.of(f.iter()));
        stmts(f.orelse());
        useLabel(end);
    }

    private void asyncWith(Stmt.AsyncWith s, int pos, Loc sloc) {
        requireAsync("async with", sloc);
        withitem item = s.items().get(pos);
        int block = newLabel(), fin = newLabel(), exit = newLabel(), cleanup = newLabel();
        expr(item.context_expr());
        Loc loc = Loc.of(item.context_expr());
        op(BEFORE_ASYNC_WITH, loc);
        opI(GET_AWAITABLE, 1, loc);
        loadConst(Const.NONE, loc);
        yieldFrom(loc, true);
        jump(SETUP_WITH, fin, loc);
        useLabel(block);
        pushFBlock(Unit.FBlockType.ASYNC_WITH, block, fin, s, loc);
        if (item.optional_vars() != null) expr(item.optional_vars());
        else op(POP_TOP, loc);
        pos++;
        if (pos == s.items().size()) stmts(s.body());
        else asyncWith(s, pos, sloc);
        popFBlock();
        op(POP_BLOCK, loc);
        callExitWithNones(loc);
        opI(GET_AWAITABLE, 2, loc);
        loadConst(Const.NONE, loc);
        yieldFrom(loc, true);
        op(POP_TOP, loc);
        jump(JUMP, exit, loc);
        useLabel(fin);
        jump(SETUP_CLEANUP, cleanup, loc);
        op(PUSH_EXC_INFO, loc);
        op(WITH_EXCEPT_START, loc);
        opI(GET_AWAITABLE, 2, loc);
        loadConst(Const.NONE, loc);
        yieldFrom(loc, true);
        withExceptFinish(cleanup);
        useLabel(exit);
    }

    // ---- try / with ---------------------------------------------------------------------------------------

    private void tryExcept(List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse, Loc loc) {
        int bodyL = newLabel(), except = newLabel(), end = newLabel(), cleanup = newLabel();
        jump(SETUP_FINALLY, except, loc);
        useLabel(bodyL);
        pushFBlock(Unit.FBlockType.TRY_EXCEPT, bodyL, -1, null, loc);
        stmts(body);
        popFBlock();
        op(POP_BLOCK, Loc.NO_LOCATION);
        stmts(orelse);
        jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
        int n = handlers.size();
        useLabel(except);
        jump(SETUP_CLEANUP, cleanup, Loc.NO_LOCATION);
        op(PUSH_EXC_INFO, Loc.NO_LOCATION);
        pushFBlock(Unit.FBlockType.EXCEPTION_HANDLER, -1, -1, null, loc);
        for (int i = 0; i < n; i++) {
            Excepthandler.ExceptHandler h = (Excepthandler.ExceptHandler) handlers.get(i);
            Loc hloc = Loc.of(h);
            if (h.type() == null && i < n - 1) throw error("default 'except:' must be last", hloc);
            int nextExcept = newLabel();
            except = nextExcept;
            if (h.type() != null) {
                expr(h.type());
                op(CHECK_EXC_MATCH, hloc);
                jump(POP_JUMP_IF_FALSE, except, hloc);
            }
            if (h.name() != null) {
                int cleanupEnd = newLabel(), cleanupBody = newLabel();
                nameOp(h.name(), Ctx.STORE, hloc);
                jump(SETUP_CLEANUP, cleanupEnd, hloc);
                useLabel(cleanupBody);
                pushFBlock(Unit.FBlockType.HANDLER_CLEANUP, cleanupBody, -1, h.name(), hloc);
                stmts(h.body());
                popFBlock();
                op(POP_BLOCK, Loc.NO_LOCATION);
                op(POP_BLOCK, Loc.NO_LOCATION);
                op(POP_EXCEPT, Loc.NO_LOCATION);
                loadConst(Const.NONE, Loc.NO_LOCATION);
                nameOp(h.name(), Ctx.STORE, Loc.NO_LOCATION);
                nameOp(h.name(), Ctx.DEL, Loc.NO_LOCATION);
                jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
                useLabel(cleanupEnd);
                loadConst(Const.NONE, Loc.NO_LOCATION);
                nameOp(h.name(), Ctx.STORE, Loc.NO_LOCATION);
                nameOp(h.name(), Ctx.DEL, Loc.NO_LOCATION);
                opI(RERAISE, 1, Loc.NO_LOCATION);
            } else {
                int cleanupBody = newLabel();
                op(POP_TOP, hloc);
                useLabel(cleanupBody);
                pushFBlock(Unit.FBlockType.HANDLER_CLEANUP, cleanupBody, -1, null, hloc);
                stmts(h.body());
                popFBlock();
                op(POP_BLOCK, Loc.NO_LOCATION);
                op(POP_EXCEPT, Loc.NO_LOCATION);
                jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
            }
            useLabel(except);
        }
        popFBlock();
        opI(RERAISE, 0, Loc.NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(Loc.NO_LOCATION);
        useLabel(end);
    }

    /** try/except* (compiler_try_star_except): handlers split the exception group in turn. */
    private void tryStarExcept(List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse, Loc loc) {
        int bodyL = newLabel(), except = newLabel(), orelseL = newLabel(), end = newLabel(), cleanup = newLabel(),
                reraiseStar = newLabel();
        jump(SETUP_FINALLY, except, loc);
        useLabel(bodyL);
        pushFBlock(Unit.FBlockType.TRY_EXCEPT, bodyL, -1, null, loc);
        stmts(body);
        popFBlock();
        op(POP_BLOCK, Loc.NO_LOCATION);
        jump(JUMP, orelseL, Loc.NO_LOCATION);
        int n = handlers.size();
        useLabel(except);
        jump(SETUP_CLEANUP, cleanup, Loc.NO_LOCATION);
        op(PUSH_EXC_INFO, Loc.NO_LOCATION);
        pushFBlock(Unit.FBlockType.EXCEPTION_GROUP_HANDLER, -1, -1, "except handler", loc);
        for (int i = 0; i < n; i++) {
            Excepthandler.ExceptHandler h = (Excepthandler.ExceptHandler) handlers.get(i);
            Loc hloc = Loc.of(h);
            except = newLabel();
            int exceptWithError = newLabel(), noMatch = newLabel();
            if (i == 0) {
                opI(BUILD_LIST, 0, hloc);
                opI(COPY, 2, hloc);
            }
            if (h.type() != null) {
                expr(h.type());
                op(CHECK_EG_MATCH, hloc);
                opI(COPY, 1, hloc);
                jump(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            int cleanupEnd = newLabel(), cleanupBody = newLabel();
            if (h.name() != null) nameOp(h.name(), Ctx.STORE, hloc);
            else op(POP_TOP, hloc);
            jump(SETUP_CLEANUP, cleanupEnd, hloc);
            useLabel(cleanupBody);
            pushFBlock(Unit.FBlockType.HANDLER_CLEANUP, cleanupBody, -1, h.name(), hloc);
            stmts(h.body());
            popFBlock();
            op(POP_BLOCK, Loc.NO_LOCATION);
            if (h.name() != null) {
                loadConst(Const.NONE, Loc.NO_LOCATION);
                nameOp(h.name(), Ctx.STORE, Loc.NO_LOCATION);
                nameOp(h.name(), Ctx.DEL, Loc.NO_LOCATION);
            }
            jump(JUMP, except, Loc.NO_LOCATION);
            useLabel(cleanupEnd);
            if (h.name() != null) {
                loadConst(Const.NONE, Loc.NO_LOCATION);
                nameOp(h.name(), Ctx.STORE, Loc.NO_LOCATION);
                nameOp(h.name(), Ctx.DEL, Loc.NO_LOCATION);
            }
            opI(LIST_APPEND, 3, Loc.NO_LOCATION);
            op(POP_TOP, Loc.NO_LOCATION);
            jump(JUMP, exceptWithError, Loc.NO_LOCATION);
            useLabel(except);
            op(NOP, Loc.NO_LOCATION);
            jump(JUMP, exceptWithError, Loc.NO_LOCATION);
            useLabel(noMatch);
            op(POP_TOP, hloc);
            useLabel(exceptWithError);
            if (i == n - 1) {
                opI(LIST_APPEND, 1, Loc.NO_LOCATION);
                jump(JUMP, reraiseStar, Loc.NO_LOCATION);
            }
        }
        popFBlock();
        int reraise = newLabel();
        useLabel(reraiseStar);
        opI(CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, Loc.NO_LOCATION);
        opI(COPY, 1, Loc.NO_LOCATION);
        jump(POP_JUMP_IF_NOT_NONE, reraise, Loc.NO_LOCATION);
        op(POP_TOP, Loc.NO_LOCATION);
        op(POP_BLOCK, Loc.NO_LOCATION);
        op(POP_EXCEPT, Loc.NO_LOCATION);
        jump(JUMP_NO_INTERRUPT, end, Loc.NO_LOCATION);
        useLabel(reraise);
        op(POP_BLOCK, Loc.NO_LOCATION);
        opI(SWAP, 2, Loc.NO_LOCATION);
        op(POP_EXCEPT, Loc.NO_LOCATION);
        opI(RERAISE, 0, Loc.NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(Loc.NO_LOCATION);
        useLabel(orelseL);
        stmts(orelse);
        useLabel(end);
    }

    private void tryFinally(List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Loc loc,
                            boolean star) {
        int bodyL = newLabel(), end = newLabel(), exit = newLabel(), cleanup = newLabel();
        jump(SETUP_FINALLY, end, loc);
        useLabel(bodyL);
        pushFBlock(Unit.FBlockType.FINALLY_TRY, bodyL, end, finalbody, loc);
        if (!handlers.isEmpty()) {
            if (star) tryStarExcept(body, handlers, orelse, loc);
            else tryExcept(body, handlers, orelse, loc);
        } else {
            stmts(body);
        }
        op(POP_BLOCK, Loc.NO_LOCATION);
        popFBlock();
        stmts(finalbody);
        jump(JUMP_NO_INTERRUPT, exit, Loc.NO_LOCATION);
        useLabel(end);
        jump(SETUP_CLEANUP, cleanup, Loc.NO_LOCATION);
        op(PUSH_EXC_INFO, Loc.NO_LOCATION);
        pushFBlock(Unit.FBlockType.FINALLY_END, end, -1, null, Loc.NO_LOCATION);
        stmts(finalbody);
        popFBlock();
        opI(RERAISE, 0, Loc.NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(Loc.NO_LOCATION);
        useLabel(exit);
    }

    private void with(Stmt.With s, int pos, Loc sloc) {
        withitem item = s.items().get(pos);
        int block = newLabel(), fin = newLabel(), exit = newLabel(), cleanup = newLabel();
        expr(item.context_expr());
        Loc loc = Loc.of(item.context_expr());
        op(BEFORE_WITH, loc);
        jump(SETUP_WITH, fin, loc);
        useLabel(block);
        pushFBlock(Unit.FBlockType.WITH, block, fin, s, loc);
        if (item.optional_vars() != null) expr(item.optional_vars());
        else op(POP_TOP, loc);
        pos++;
        if (pos == s.items().size()) stmts(s.body());
        else with(s, pos, sloc);
        op(POP_BLOCK, Loc.NO_LOCATION);
        popFBlock();
        callExitWithNones(loc);
        op(POP_TOP, loc);
        jump(JUMP, exit, loc);
        useLabel(fin);
        jump(SETUP_CLEANUP, cleanup, loc);
        op(PUSH_EXC_INFO, loc);
        op(WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        useLabel(exit);
    }

    private void withExceptFinish(int cleanup) {
        int suppress = newLabel();
        op(TO_BOOL, Loc.NO_LOCATION);
        jump(POP_JUMP_IF_TRUE, suppress, Loc.NO_LOCATION);
        opI(RERAISE, 2, Loc.NO_LOCATION);
        useLabel(suppress);
        op(POP_TOP, Loc.NO_LOCATION);
        op(POP_BLOCK, Loc.NO_LOCATION);
        op(POP_EXCEPT, Loc.NO_LOCATION);
        op(POP_TOP, Loc.NO_LOCATION);
        op(POP_TOP, Loc.NO_LOCATION);
        int exit = newLabel();
        jump(JUMP_NO_INTERRUPT, exit, Loc.NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(Loc.NO_LOCATION);
        useLabel(exit);
    }

    // ---- assignment forms ---------------------------------------------------------------------------------

    private void augAssign(Stmt.AugAssign s, Loc sloc) {
        Expr e = s.target();
        Loc loc = Loc.of(e);
        switch (e) {
            case Expr.Attribute a -> {
                expr(a.value());
                opI(COPY, 1, loc);
                opName(LOAD_ATTR, a.attr(), attrLoc(loc, a));
            }
            case Expr.Subscript sub -> {
                expr(sub.value());
                if (isTwoElementSlice(sub.slice())) {
                    slice((Expr.Slice) sub.slice());
                    opI(COPY, 3, loc); opI(COPY, 3, loc); opI(COPY, 3, loc);
                    op(BINARY_SLICE, loc);
                } else {
                    expr(sub.slice());
                    opI(COPY, 2, loc); opI(COPY, 2, loc);
                    op(BINARY_SUBSCR, loc);
                }
            }
            case Expr.Name n -> nameOp(n.id(), Ctx.LOAD, loc);
            default -> throw new IllegalStateException("invalid node type for augmented assignment");
        }
        expr(s.value());
        opI(BINARY_OP, binop(s.op(), true), sloc);
        switch (e) {
            case Expr.Attribute a -> {
                Loc l = attrLoc(loc, a);
                opI(SWAP, 2, l);
                opName(STORE_ATTR, a.attr(), l);
            }
            case Expr.Subscript sub -> {
                if (isTwoElementSlice(sub.slice())) {
                    opI(SWAP, 4, loc); opI(SWAP, 3, loc); opI(SWAP, 2, loc);
                    op(STORE_SLICE, loc);
                } else {
                    opI(SWAP, 3, loc); opI(SWAP, 2, loc);
                    op(STORE_SUBSCR, loc);
                }
            }
            case Expr.Name n -> nameOp(n.id(), Ctx.STORE, loc);
            default -> {}
        }
    }

    private boolean futureAnnotations() { return (futureFlags & CodeObject.CO_FUTURE_ANNOTATIONS) != 0; }

    private void annotationValue(Expr ann) {
        if (futureAnnotations()) loadConst(Unparser.unparse(ann), Loc.of(ann));
        else expr(ann);
    }

    private void annAssign(Stmt.AnnAssign s, Loc loc) {
        Expr targ = s.target();
        if (s.value() != null) {
            expr(s.value());
            expr(targ);
        }
        switch (targ) {
            case Expr.Name n -> {
                if (s.simple() != 0 && (u.kind == Unit.Kind.MODULE || u.kind == Unit.Kind.CLASS)) {
                    annotationValue(s.annotation());
                    opName(LOAD_NAME, "__annotations__", loc);
                    loadConst(SymbolTable.mangle(u.privateName, n.id()), loc);
                    op(STORE_SUBSCR, loc);
                }
            }
            case Expr.Attribute a -> {
                if (s.value() == null) { expr(a.value()); op(POP_TOP, Loc.of(a.value())); }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    expr(sub.value());
                    op(POP_TOP, Loc.of(sub.value()));
                    checkAnnSubscr(sub.slice());
                }
            }
            default -> throw new IllegalStateException("invalid node type for annotated assignment");
        }
        if (s.simple() == 0 && !futureAnnotations() && (u.kind == Unit.Kind.MODULE || u.kind == Unit.Kind.CLASS)) {
            expr(s.annotation());
            op(POP_TOP, Loc.of(s.annotation()));
        }
    }

    private void checkAnnSubscr(Expr e) {
        switch (e) {
            case Expr.Slice sl -> {
                if (sl.lower() != null) { expr(sl.lower()); op(POP_TOP, Loc.of(sl.lower())); }
                if (sl.upper() != null) { expr(sl.upper()); op(POP_TOP, Loc.of(sl.upper())); }
                if (sl.step() != null) { expr(sl.step()); op(POP_TOP, Loc.of(sl.step())); }
            }
            case Expr.Tuple t -> { for (Expr x : t.elts()) checkAnnSubscr(x); }
            default -> { expr(e); op(POP_TOP, Loc.of(e)); }
        }
    }

    // ---- imports ------------------------------------------------------------------------------------------

    private void importStmt(Stmt.Import s, Loc loc) {
        for (alias a : s.names()) {
            loadConst(0L, loc);
            loadConst(Const.NONE, loc);
            opName(IMPORT_NAME, a.name(), loc);
            if (a.asname() != null) {
                String name = a.name();
                int dot = name.indexOf('.');
                if (dot >= 0) {
                    while (true) {
                        int pos = dot + 1;
                        dot = name.indexOf('.', pos);
                        opName(IMPORT_FROM, name.substring(pos, dot >= 0 ? dot : name.length()), loc);
                        if (dot < 0) break;
                        opI(SWAP, 2, loc);
                        op(POP_TOP, loc);
                    }
                    nameOp(a.asname(), Ctx.STORE, loc);
                    op(POP_TOP, loc);
                } else {
                    nameOp(a.asname(), Ctx.STORE, loc);
                }
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot >= 0 ? a.name().substring(0, dot) : a.name(), Ctx.STORE, loc);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom s, Loc loc) {
        loadConst((long) (s.level() == null ? 0 : s.level()), loc);
        List<Object> names = new ArrayList<>();
        for (alias a : s.names()) names.add(a.name());
        loadConst(new Const.Tuple(names), loc);
        opName(IMPORT_NAME, s.module() != null ? s.module() : "", loc);
        for (int i = 0; i < s.names().size(); i++) {
            alias a = s.names().get(i);
            if (i == 0 && a.name().startsWith("*")) {
                opI(CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
                op(POP_TOP, Loc.NO_LOCATION);
                return;
            }
            opName(IMPORT_FROM, a.name(), loc);
            nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.STORE, loc);
        }
        op(POP_TOP, loc);
    }

    /**
     * type X[P] = value: a TypeAliasType whose value is evaluated lazily (compiler_typealias). A generic
     * alias is made inside its type-parameter scope, which passes the parameters' tuple.
     */
    private void typeAlias(Stmt.TypeAlias t, Loc loc) {
        String name = ((Expr.Name) t.name()).id();
        boolean generic = !t.type_params().isEmpty();
        if (generic) {
            typeParamGen.enterScope(name, t.type_params(), loc.lineno());
            loadConst(name, loc);
            typeParamGen.typeParams(t.type_params());
        } else {
            loadConst(name, loc);
            loadConst(Const.NONE, loc);
        }
        enterScope(name, Unit.Kind.FUNCTION, t, loc.lineno());
        u.consts.add(Const.NONE);   // None first, so the evaluation function has no docstring
        expr(t.value());
        op(RETURN_VALUE, loc);
        CodeObject co = assemble(false);
        exitScope();
        makeClosure(co, 0, loc);
        opI(BUILD_TUPLE, 3, loc);
        opI(CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
        if (generic) callTypeParamScope(0, loc);
        nameOp(name, Ctx.STORE, loc);
    }

    /**
     * Closes a type-parameter scope whose result is on its stack and calls it where the statement is:
     * with no arguments, or with the defaults tuple/kwdefaults dict already pushed (nargs of them).
     */
    private void callTypeParamScope(int nargs, Loc loc) {
        u.argcount = nargs;
        CodeObject co = assemble(false);
        exitScope();
        makeClosure(co, 0, loc);
        if (nargs > 0) {
            opI(SWAP, nargs + 1, loc);
            opI(CALL, nargs - 1, loc);
        } else {
            op(PUSH_NULL, loc);
            opI(CALL, 0, loc);
        }
    }

    // ---- functions and classes ----------------------------------------------------------------------------

    private void function(Stmt s, String name, arguments args, List<Stmt> body, List<Expr> decos, Expr returns,
                          List<TypeParam> typeParams, boolean async) {
        Loc loc = Loc.of((Located) s);
        exprs(decos);
        int firstlineno = ((Located) s).lineno();
        if (!decos.isEmpty()) firstlineno = decos.getFirst().lineno();
        int flags = defaultArguments(args, loc);
        boolean generic = !typeParams.isEmpty();
        int typeParamArgs = 0;
        if (generic) {
            // The defaults were evaluated outside; they become the parameters .defaults/.kwdefaults.
            if ((flags & FN_DEFAULTS) != 0) typeParamArgs++;
            if ((flags & FN_KWDEFAULTS) != 0) typeParamArgs++;
            if (typeParamArgs == 2) opI(SWAP, 2, loc);
            typeParamGen.enterScope(name, typeParams, firstlineno);
            typeParamGen.typeParams(typeParams);
            for (int i = 0; i < typeParamArgs; i++) opI(LOAD_FAST, i, loc);
        }
        flags |= annotations(args, returns, loc);
        enterScope(name, async ? Unit.Kind.ASYNC_FUNCTION : Unit.Kind.FUNCTION, s, firstlineno);
        String doc = optimize < 2 ? docstring(body) : null;
        u.consts.add(doc != null ? cleanDoc(doc) : Const.NONE);
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        int start = newLabel();
        useLabel(start);
        boolean stopIteration = u.ste.coroutine || u.ste.generator;
        if (stopIteration) pushFBlock(Unit.FBlockType.STOP_ITERATION, start, -1, null, Loc.NO_LOCATION);
        for (int i = docstring(body) != null ? 1 : 0; i < body.size(); i++) stmt(body.get(i));
        if (stopIteration) {
            wrapInStopIterationHandler();
            popFBlock();
        }
        CodeObject co = assemble(true);
        exitScope();
        makeClosure(co, flags, loc);
        if (generic) {
            opI(SWAP, 2, loc);
            opI(CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            callTypeParamScope(typeParamArgs, loc);
        }
        for (int i = decos.size() - 1; i >= 0; i--) opI(CALL, 0, Loc.of(decos.get(i)));
        nameOp(name, Ctx.STORE, loc);
    }

    private int annotations(arguments args, Expr returns, Loc loc) {
        int len = 0;
        len += argAnnotations(args.args(), loc);
        len += argAnnotations(args.posonlyargs(), loc);
        if (args.vararg() != null && args.vararg().annotation() != null) len += argAnnotation(args.vararg().arg(), args.vararg().annotation(), loc);
        len += argAnnotations(args.kwonlyargs(), loc);
        if (args.kwarg() != null && args.kwarg().annotation() != null) len += argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), loc);
        if (returns != null) len += argAnnotation("return", returns, loc);
        if (len > 0) { opI(BUILD_TUPLE, len, loc); return FN_ANNOTATIONS; }
        return 0;
    }

    private int argAnnotations(List<arg> args, Loc loc) {
        int n = 0;
        for (arg a : args) if (a.annotation() != null) n += argAnnotation(a.arg(), a.annotation(), loc);
        return n;
    }

    private int argAnnotation(String id, Expr annotation, Loc loc) {
        loadConst(SymbolTable.mangle(u.privateName, id), loc);
        if (futureAnnotations()) {
            loadConst(Unparser.unparse(annotation), Loc.of(annotation));
        } else if (annotation instanceof Expr.Starred s) {
            expr(s.value());
            opI(UNPACK_SEQUENCE, 1, loc);
        } else {
            expr(annotation);
        }
        return 2;
    }

    private void classDef(Stmt.ClassDef s) {
        Loc loc = Loc.of(s);
        exprs(s.decorator_list());
        int firstlineno = s.lineno();
        if (!s.decorator_list().isEmpty()) firstlineno = s.decorator_list().getFirst().lineno();
        boolean generic = !s.type_params().isEmpty();
        if (generic) {
            typeParamGen.enterScope(s.name(), s.type_params(), firstlineno);
            u.privateName = s.name();
            typeParamGen.typeParams(s.type_params());
            nameOp(".type_params", Ctx.STORE, loc);
        }
        enterScope(s.name(), Unit.Kind.CLASS, s, firstlineno);
        Loc bodyLoc = new Loc(firstlineno, firstlineno, 0, 0);
        u.privateName = s.name();
        nameOp("__name__", Ctx.LOAD, bodyLoc);
        nameOp("__module__", Ctx.STORE, bodyLoc);
        loadConst(u.qualname, bodyLoc);
        nameOp("__qualname__", Ctx.STORE, bodyLoc);
        loadConst((long) u.firstlineno, bodyLoc);
        nameOp("__firstlineno__", Ctx.STORE, bodyLoc);
        if (generic) {
            nameOp(".type_params", Ctx.LOAD, bodyLoc);
            nameOp("__type_params__", Ctx.STORE, bodyLoc);
        }
        if (u.ste.needsClassdict) {
            op(LOAD_LOCALS, bodyLoc);
            opI(STORE_DEREF, u.cellvars.get("__classdict__"), bodyLoc);
        }
        body(s.body());
        List<String> attrs = new ArrayList<>(u.staticAttributes);
        attrs.sort(Unit::compareCodePoints);
        loadConst(new Const.Tuple(new ArrayList<>(attrs)), Loc.NO_LOCATION);
        nameOp("__static_attributes__", Ctx.STORE, Loc.NO_LOCATION);
        if (u.ste.needsClassdict) {
            opI(LOAD_CLOSURE, u.cellvars.get("__classdict__"), Loc.NO_LOCATION);
            nameOp("__classdictcell__", Ctx.STORE, Loc.NO_LOCATION);
        }
        if (u.ste.needsClassClosure) {
            opI(LOAD_CLOSURE, u.cellvars.get("__class__"), Loc.NO_LOCATION);
            opI(COPY, 1, Loc.NO_LOCATION);
            nameOp("__classcell__", Ctx.STORE, Loc.NO_LOCATION);
        } else {
            loadConst(Const.NONE, Loc.NO_LOCATION);
        }
        op(RETURN_VALUE, Loc.NO_LOCATION);
        CodeObject co = assemble(true);
        exitScope();
        op(LOAD_BUILD_CLASS, loc);
        op(PUSH_NULL, loc);
        makeClosure(co, 0, loc);
        loadConst(s.name(), loc);
        if (generic) {
            // Generic[*params] joins the bases: the class subscripts it with its parameters.
            nameOp(".type_params", Ctx.LOAD, loc);
            opI(CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            nameOp(".generic_base", Ctx.STORE, loc);
            List<Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Expr.Name(".generic_base", ExprContext.Load, loc.lineno(), loc.col(), loc.endLineno(), loc.endCol()));
            callHelper(loc, 2, bases, s.keywords());
            callTypeParamScope(0, loc);
        } else {
            callHelper(loc, 2, s.bases(), s.keywords());
        }
        for (int i = s.decorator_list().size() - 1; i >= 0; i--) opI(CALL, 0, Loc.of(s.decorator_list().get(i)));
        nameOp(s.name(), Ctx.STORE, loc);
    }
}
