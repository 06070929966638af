package regpy.compile;

import static regpy.code.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import regpy.ast.*;
import regpy.code.CodeObject;
import regpy.code.Const;
import regpy.parse.PySyntaxError;

/**
 * Shared machinery of code generation (CPython 3.13 compile.c): the stack of compiler units,
 * instruction emission, name resolution to LOAD_FAST/LOAD_DEREF/LOAD_GLOBAL/LOAD_NAME,
 * frame blocks for unwinding, closures, and the final optimise-and-assemble of each unit.
 */
abstract class CodeGenBase {
    static final int STACK_USE_GUIDELINE = 30;

    final String filename;
    final SymbolTable st;
    final int optimize;
    final int futureFlags;
    final boolean interactive;
    Unit u;
    final Deque<Unit> stack = new ArrayDeque<>();
    int nestlevel;
    CompileWarnings warnings = CompileWarnings.IGNORE;

    CodeGenBase(String filename, SymbolTable st, int optimize, int futureFlags, boolean interactive) {
        this.filename = filename;
        this.st = st;
        this.optimize = optimize;
        this.futureFlags = futureFlags;
        this.interactive = interactive;
    }

    /** compiler_warn: a SyntaxWarning at the node; SyntaxError instead when the filters make it an error. */
    void warn(String message, Loc loc) {
        if (message != null && warnings.warn(message, filename, loc.lineno())) throw error(message, loc);
    }

    PySyntaxError error(String msg, Loc loc) {
        return new PySyntaxError("SyntaxError", msg, filename, loc.lineno(), loc.col() + 1, loc.endLineno(),
                loc.endCol() + 1, null);
    }

    // ---- emission ---------------------------------------------------------------------------------------

    void op(int opcode, Loc loc) { u.seq.add(opcode, 0, loc); }
    void opI(int opcode, int arg, Loc loc) { u.seq.add(opcode, arg, loc); }
    void jump(int opcode, int label, Loc loc) { u.seq.add(opcode, label, loc); }
    int newLabel() { return u.seq.newLabel(); }
    void useLabel(int label) { u.seq.useLabel(label); }

    void loadConst(Object value, Loc loc) { opI(LOAD_CONST, u.consts.add(value), loc); }

    /** ADDOP_NAME: names of attributes, globals and imports go to co_names. */
    void opName(int opcode, String name, Loc loc) {
        String mangled = SymbolTable.mangle(u.privateName, name);
        int arg = Unit.add(u.names, mangled);
        switch (opcode) {
            case LOAD_ATTR -> arg <<= 1;
            case LOAD_METHOD -> { opcode = LOAD_ATTR; arg = (arg << 1) | 1; }
            case LOAD_SUPER_ATTR -> arg = (arg << 2) | 2;
            case LOAD_SUPER_METHOD -> { opcode = LOAD_SUPER_ATTR; arg = (arg << 2) | 3; }
            case LOAD_ZERO_SUPER_ATTR -> { opcode = LOAD_SUPER_ATTR; arg <<= 2; }
            case LOAD_ZERO_SUPER_METHOD -> { opcode = LOAD_SUPER_ATTR; arg = (arg << 2) | 1; }
            default -> {}
        }
        opI(opcode, arg, loc);
    }

    void opVarname(int opcode, String name, Loc loc) { opI(opcode, Unit.add(u.varnames, name), loc); }

    void yieldOp(Loc loc) {
        if (u.ste.generator && u.ste.coroutine) opI(CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        opI(YIELD_VALUE, 0, loc);
        opI(RESUME, RESUME_AFTER_YIELD, loc);
    }

    void yieldFrom(Loc loc, boolean await) {
        int send = newLabel(), fail = newLabel(), exit = newLabel();
        useLabel(send);
        jump(SEND, exit, loc);
        jump(SETUP_FINALLY, fail, loc);
        opI(YIELD_VALUE, 1, loc);
        op(POP_BLOCK, Loc.NO_LOCATION);
        opI(RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc);
        jump(JUMP_NO_INTERRUPT, send, loc);
        useLabel(fail);
        op(CLEANUP_THROW, loc);
        useLabel(exit);
        op(END_SEND, loc);
    }

    void popExceptAndReraise(Loc loc) {
        opI(COPY, 3, loc);
        op(POP_EXCEPT, loc);
        opI(RERAISE, 1, loc);
    }

    // ---- names ------------------------------------------------------------------------------------------

    enum Ctx { LOAD, STORE, DEL }

    static Ctx ctx(ExprContext c) {
        return switch (c) { case Load -> Ctx.LOAD; case Store -> Ctx.STORE; case Del -> Ctx.DEL; };
    }

    void nameOp(String name, Ctx ctx, Loc loc) {
        String mangled = SymbolTable.mangle(u.privateName, name);
        int scope = u.ste.scopeOf(mangled);
        Map<String, Integer> dict = u.names;
        int optype = 0; // 0 NAME, 1 FAST, 2 DEREF, 3 GLOBAL
        switch (scope) {
            case Scope.FREE -> { dict = u.freevars; optype = 2; }
            case Scope.CELL -> { dict = u.cellvars; optype = 2; }
            case Scope.LOCAL -> {
                if (u.ste.isFunctionLike() || Boolean.TRUE.equals(u.fasthidden.get(mangled))) optype = 1;
            }
            case Scope.GLOBAL_IMPLICIT -> { if (u.ste.isFunctionLike()) optype = 3; }
            case Scope.GLOBAL_EXPLICIT -> optype = 3;
            default -> {}
        }
        int opcode;
        switch (optype) {
            case 2 -> {
                switch (ctx) {
                    case LOAD -> {
                        if (u.ste.kind == Scope.Kind.CLASS && u.inInlinedComp == 0) {
                            opcode = LOAD_FROM_DICT_OR_DEREF;
                            op(LOAD_LOCALS, loc);
                        } else if (u.ste.canSeeClassScope) {
                            opcode = LOAD_FROM_DICT_OR_DEREF;
                            opI(LOAD_DEREF, u.freevars.get("__classdict__"), loc);
                        } else {
                            opcode = LOAD_DEREF;
                        }
                    }
                    case STORE -> opcode = STORE_DEREF;
                    default -> opcode = DELETE_DEREF;
                }
                Integer idx = dict.get(mangled);
                if (idx == null) idx = dict == u.freevars ? addFree(mangled) : Unit.add(dict, mangled);
                opI(opcode, idx, loc);
                return;
            }
            case 1 -> {
                opcode = switch (ctx) { case LOAD -> LOAD_FAST; case STORE -> STORE_FAST; case DEL -> DELETE_FAST; };
                opVarname(opcode, mangled, loc);
                return;
            }
            case 3 -> {
                switch (ctx) {
                    case LOAD -> {
                        if (u.ste.canSeeClassScope && scope == Scope.GLOBAL_IMPLICIT) {
                            opcode = LOAD_FROM_DICT_OR_GLOBALS;
                            opI(LOAD_DEREF, u.freevars.get("__classdict__"), loc);
                        } else {
                            opcode = LOAD_GLOBAL;
                        }
                    }
                    case STORE -> opcode = STORE_GLOBAL;
                    default -> opcode = DELETE_GLOBAL;
                }
            }
            default -> opcode = switch (ctx) {
                case LOAD -> u.ste.kind == Scope.Kind.CLASS && u.inInlinedComp > 0 ? LOAD_GLOBAL : LOAD_NAME;
                case STORE -> STORE_NAME;
                case DEL -> DELETE_NAME;
            };
        }
        int arg = Unit.add(u.names, mangled);
        if (opcode == LOAD_GLOBAL) arg <<= 1;
        opI(opcode, arg, loc);
    }

    private int addFree(String name) {
        int idx = u.cellvars.size() + u.freevars.size();
        u.freevars.put(name, idx);
        return idx;
    }

    // ---- frame blocks -------------------------------------------------------------------------------------

    void pushFBlock(Unit.FBlockType t, int block, int exit, Object datum, Loc loc) {
        if (u.fblocks.size() >= 20) throw error("too many statically nested blocks", loc);
        u.fblocks.add(new Unit.FBlock(t, block, exit, datum, loc));
    }

    void popFBlock() { u.fblocks.removeLast(); }

    // ---- units --------------------------------------------------------------------------------------------

    void enterScope(String name, Unit.Kind kind, Object key, int lineno) {
        Scope ste = st.lookup(key);
        Unit nu = new Unit(ste, kind, name, lineno);
        nu.privateName = u != null ? u.privateName : null;
        if (kind == Unit.Kind.CLASS) nu.privateName = name;
        if (u != null) stack.push(u);
        u = nu;
        nestlevel++;
        Loc loc = new Loc(lineno, lineno, 0, 0);
        if (kind == Unit.Kind.MODULE) loc = new Loc(0, lineno, 0, 0);
        else setQualname();
        opI(RESUME, RESUME_AT_FUNC_START, loc);
    }

    void exitScope() {
        nestlevel--;
        u = stack.isEmpty() ? null : stack.pop();
    }

    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            List<Unit> chain = new ArrayList<>(stack);  // top (parent) first
            Unit parent = chain.getFirst();
            if (parent.kind == Unit.Kind.TYPEPARAMS) {
                if (chain.size() == 1) { u.qualname = u.name; return; }
                parent = chain.get(1);
            }
            boolean forceGlobal = false;
            if (u.kind == Unit.Kind.FUNCTION || u.kind == Unit.Kind.ASYNC_FUNCTION || u.kind == Unit.Kind.CLASS) {
                String mangled = SymbolTable.mangle(parent.privateName, u.name);
                if (parent.ste.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT) forceGlobal = true;
            }
            if (!forceGlobal) {
                if (parent.kind == Unit.Kind.FUNCTION || parent.kind == Unit.Kind.ASYNC_FUNCTION || parent.kind == Unit.Kind.LAMBDA)
                    base = parent.qualname + ".<locals>";
                else if (parent.kind != Unit.Kind.MODULE)
                    base = parent.qualname;
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    Unit classUnit() {
        if (u.kind == Unit.Kind.CLASS) return null;
        for (Unit p : stack) if (p.kind == Unit.Kind.CLASS) return p;
        return null;
    }

    int codeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        if (ste.isFunctionLike()) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (ste.nested) flags |= CodeObject.CO_NESTED;
            if (ste.generator && !ste.coroutine) flags |= CodeObject.CO_GENERATOR;
            if (ste.generator && ste.coroutine) flags |= CodeObject.CO_ASYNC_GENERATOR;
            if (ste.varargs) flags |= CodeObject.CO_VARARGS;
            if (ste.varkeywords) flags |= CodeObject.CO_VARKEYWORDS;
        }
        if (ste.coroutine && !ste.generator) flags |= CodeObject.CO_COROUTINE;
        return flags | futureFlags;
    }

    /** optimize_and_assemble: implicit return, flow-graph passes, assembly, the code object. */
    CodeObject assemble(boolean addNone) {
        int flags = codeFlags();
        if (addNone) loadConst(Const.NONE, Loc.NO_LOCATION);
        op(RETURN_VALUE, Loc.NO_LOCATION);
        FlowGraph g = FlowGraph.from(u.seq);
        int nlocals = u.varnames.size();
        g.optimize(u.consts, nlocals, u.ste.varnames.size(), u.firstlineno);
        int stackdepth = g.stackDepth();
        int nlocalsplus = prepareLocalsplus(g, flags);
        g.convertPseudoOps();
        g.normalizeJumps();
        Assembler a = Assembler.assemble(g, u.firstlineno);
        String[] lpNames = new String[nlocalsplus];
        byte[] lpKinds = new byte[nlocalsplus];
        computeLocalsplusInfo(lpNames, lpKinds);
        return new CodeObject(u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, stackdepth, flags,
                a.code, u.consts.list.toArray(), u.names.keySet().toArray(String[]::new), lpNames, lpKinds, filename,
                u.name, u.qualname == null ? u.name : u.qualname, u.firstlineno, a.linetable, a.exceptiontable);
    }

    private int prepareLocalsplus(FlowGraph g, int flags) {
        int nlocals = u.varnames.size(), ncells = u.cellvars.size(), nfree = u.freevars.size();
        int noffsets = ncells + nfree;
        int[] fixed = new int[noffsets];
        for (int i = 0; i < noffsets; i++) fixed[i] = nlocals + i;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            Integer varindex = u.varnames.get(e.getKey());
            if (varindex != null) fixed[e.getValue()] = varindex;
        }
        // MAKE_CELL for each cell, ordered by final slot.
        int nvars = ncells + nlocals;
        int[] sorted = new int[nvars];
        for (int i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; order.size() < ncells; i++) if (sorted[i] != 0) order.add(sorted[i] - 1);
        boolean generator = (flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
        g.insertPrefix(generator, u.firstlineno, order.stream().mapToInt(Integer::intValue).toArray(), nfree);
        // fix_cell_offsets
        int numdropped = 0;
        for (int i = 0; i < noffsets; i++) {
            if (fixed[i] == i + nlocals) fixed[i] -= numdropped;
            else numdropped++;
        }
        for (Block b = g.entry; b != null; b = b.next)
            for (Instr in : b.instrs)
                switch (in.op) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF ->
                            in.oparg = fixed[in.oparg];
                    default -> {}
                }
        return nlocals + ncells + nfree - numdropped;
    }

    private void computeLocalsplusInfo(String[] names, byte[] kinds) {
        for (Map.Entry<String, Integer> e : u.varnames.entrySet()) {
            byte kind = CodeObject.CO_FAST_LOCAL;
            if (u.fasthidden.containsKey(e.getKey())) kind |= CodeObject.CO_FAST_HIDDEN;
            if (u.cellvars.containsKey(e.getKey())) kind |= CodeObject.CO_FAST_CELL;
            names[e.getValue()] = e.getKey();
            kinds[e.getValue()] = kind;
        }
        int nlocals = u.varnames.size();
        int numdropped = 0;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(e.getKey())) { numdropped++; continue; }
            int offset = e.getValue() + nlocals - numdropped;
            names[offset] = e.getKey();
            kinds[offset] = CodeObject.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            int offset = e.getValue() + nlocals - numdropped;
            names[offset] = e.getKey();
            kinds[offset] = CodeObject.CO_FAST_FREE;
        }
    }

    /** compiler_make_closure: LOAD_CLOSUREs, the code constant, MAKE_FUNCTION, SET_FUNCTION_ATTRIBUTEs. */
    void makeClosure(CodeObject co, int flags, Loc loc) {
        String[] free = co.freevars();
        if (free.length > 0) {
            for (String name : free) {
                int reftype;
                if (u.kind == Unit.Kind.CLASS && (name.equals("__class__") || name.equals("__classdict__"))) reftype = Scope.CELL;
                else reftype = u.ste.scopeOf(name);
                Integer arg = reftype == Scope.CELL ? u.cellvars.get(name) : u.freevars.get(name);
                if (arg == null) throw new IllegalStateException("compiler_lookup_arg(name='" + name + "') failed in " + u.name);
                opI(LOAD_CLOSURE, arg, loc);
            }
            flags |= FN_CLOSURE;
            opI(BUILD_TUPLE, free.length, loc);
        }
        loadConst(co, loc);
        op(MAKE_FUNCTION, loc);
        if ((flags & FN_CLOSURE) != 0) opI(SET_FUNCTION_ATTRIBUTE, FN_CLOSURE, loc);
        if ((flags & FN_ANNOTATIONS) != 0) opI(SET_FUNCTION_ATTRIBUTE, FN_ANNOTATIONS, loc);
        if ((flags & FN_KWDEFAULTS) != 0) opI(SET_FUNCTION_ATTRIBUTE, FN_KWDEFAULTS, loc);
        if ((flags & FN_DEFAULTS) != 0) opI(SET_FUNCTION_ATTRIBUTE, FN_DEFAULTS, loc);
    }
}
