package regpy.compile;

import static regpy.code.Opcode.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import regpy.ast.*;
import regpy.code.Const;

/**
 * The match statement (CPython 3.13 compile.c, compiler_match and compiler_pattern_*): each
 * case tests a copy of the subject; captured values stay on the stack until the whole pattern
 * matched, and failures jump to "fail_pop" labels that pop however much is on the stack.
 */
final class PatternGen {
    private final CodeGen g;

    PatternGen(CodeGen g) { this.g = g; }

    /** pattern_context. */
    private static final class Ctx {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Integer> failPop = new ArrayList<>();
        int onTop;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) { return p instanceof Pattern.MatchStar s && s.name() == null; }

    void match(Stmt.Match s) {
        g.expr(s.subject());
        int end = g.newLabel();
        List<match_case> cases = s.cases();
        int n = cases.size();
        match_case m = cases.get(n - 1);
        boolean hasDefault = isWildcard(m.pattern()) && 1 < n;
        Ctx pc = new Ctx();
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            m = cases.get(i);
            Loc ploc = Loc.of(m.pattern());
            if (i != n - (hasDefault ? 1 : 0) - 1) g.opI(COPY, 1, ploc);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) g.nameOp(name, CodeGenBase.Ctx.STORE, ploc);
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                g.jumpIf(m.guard(), pc.failPop.get(0), false, ploc);
            }
            if (i != n - (hasDefault ? 1 : 0) - 1) g.op(POP_TOP, ploc);
            g.stmts(m.body());
            g.jump(JUMP, end, Loc.NO_LOCATION);
            emitAndResetFailPop(ploc, pc);
        }
        if (hasDefault) {
            m = cases.get(n - 1);
            Loc ploc = Loc.of(m.pattern());
            if (n == 1) g.op(POP_TOP, ploc);
            else g.op(NOP, ploc);
            if (m.guard() != null) g.jumpIf(m.guard(), end, false, ploc);
            g.stmts(m.body());
        }
        g.useLabel(end);
    }

    private void ensureFailPop(Ctx pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(g.newLabel());
    }

    private void jumpToFailPop(Loc loc, Ctx pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        g.jump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Loc loc, Ctx pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            g.useLabel(pc.failPop.get(i));
            g.op(POP_TOP, loc);
        }
        g.useLabel(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Loc loc, int count) {
        while (1 < count) g.opI(SWAP, count--, loc);
    }

    private void storeName(Loc loc, String name, Ctx pc) {
        if (name == null) { g.op(POP_TOP, loc); return; }
        if (pc.stores.contains(name)) throw g.error("multiple assignments to name '" + name + "' in pattern", loc);
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void subpattern(Pattern p, Ctx pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, Ctx pc) {
        Loc loc = Loc.of(p);
        switch (p) {
            case Pattern.MatchValue v -> {
                g.expr(v.value());
                g.compareOp(Cmpop.Eq, loc);
                g.op(TO_BOOL, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                g.loadConst(s.value(), loc);
                g.compareOp(Cmpop.Is, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> sequence(s, loc, pc);
            case Pattern.MatchMapping m -> mapping(m, loc, pc);
            case Pattern.MatchClass c -> classPattern(c, loc, pc);
            case Pattern.MatchStar s -> storeName(loc, s.name(), pc);
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (a.name() != null) throw g.error("name capture '" + a.name() + "' makes remaining patterns unreachable", loc);
                        throw g.error("wildcard makes remaining patterns unreachable", loc);
                    }
                    storeName(loc, a.name(), pc);
                    return;
                }
                pc.onTop++;
                g.opI(COPY, 1, loc);
                pattern(a.pattern(), pc);
                pc.onTop--;
                storeName(loc, a.name(), pc);
            }
            case Pattern.MatchOr o -> or(o, loc, pc);
        }
    }

    private void sequence(Pattern.MatchSequence s, Loc loc, Ctx pc) {
        List<Pattern> patterns = s.patterns();
        int size = patterns.size(), star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern q = patterns.get(i);
            if (q instanceof Pattern.MatchStar) {
                if (star >= 0) throw g.error("multiple starred names in sequence pattern", loc);
                starWildcard = isStarWildcard(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(q);
        }
        pc.onTop++;
        g.op(MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            g.op(GET_LEN, loc);
            g.loadConst((long) size, loc);
            g.compareOp(Cmpop.Eq, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (size - 1 != 0) {
            g.op(GET_LEN, loc);
            g.loadConst((long) (size - 1), loc);
            g.compareOp(Cmpop.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            g.op(POP_TOP, loc);
        } else if (starWildcard) {
            pc.onTop++;
            for (int i = 0; i < size; i++) {
                Pattern q = patterns.get(i);
                if (isWildcard(q) || i == star) continue;
                g.opI(COPY, 1, loc);
                if (i < star) {
                    g.loadConst((long) i, loc);
                } else {
                    g.op(GET_LEN, loc);
                    g.loadConst((long) (size - i), loc);
                    g.opI(BINARY_OP, NB_SUBTRACT, loc);
                }
                g.op(BINARY_SUBSCR, loc);
                subpattern(q, pc);
            }
            pc.onTop--;
            g.op(POP_TOP, loc);
        } else {
            boolean seen = false;
            for (int i = 0; i < size; i++) {
                if (patterns.get(i) instanceof Pattern.MatchStar && !seen) {
                    g.opI(UNPACK_EX, i + ((size - i - 1) << 8), loc);
                    seen = true;
                }
            }
            if (!seen) g.opI(UNPACK_SEQUENCE, size, loc);
            pc.onTop += size;
            for (Pattern q : patterns) {
                pc.onTop--;
                subpattern(q, pc);
            }
        }
    }

    private void mapping(Pattern.MatchMapping m, Loc loc, Ctx pc) {
        List<Expr> keys = m.keys();
        List<Pattern> patterns = m.patterns();
        int size = keys.size();
        String rest = m.rest();
        pc.onTop++;
        g.op(MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (size == 0 && rest == null) {
            pc.onTop--;
            g.op(POP_TOP, loc);
            return;
        }
        if (size > 0) {
            g.op(GET_LEN, loc);
            g.loadConst((long) size, loc);
            g.compareOp(Cmpop.GtE, loc);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (Expr key : keys) {
            if (key instanceof Expr.Constant c) {
                if (!seen.add(c.value())) throw g.error("mapping pattern checks duplicate key (" + regpy.code.Repr.of(c.value()) + ")", loc);
            } else if (!(key instanceof Expr.Attribute)) {
                throw g.error("mapping pattern keys may only match literals and attribute lookups", loc);
            }
            g.expr(key);
        }
        g.opI(BUILD_TUPLE, size, loc);
        g.op(MATCH_KEYS, loc);
        pc.onTop += 2;
        g.opI(COPY, 1, loc);
        g.loadConst(Const.NONE, loc);
        g.opI(IS_OP, 1, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        g.opI(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern q : patterns) {
            pc.onTop--;
            subpattern(q, pc);
        }
        pc.onTop -= 2;
        if (rest != null) {
            g.opI(BUILD_MAP, 0, loc);
            g.opI(SWAP, 3, loc);
            g.opI(DICT_UPDATE, 2, loc);
            g.opI(UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                g.opI(COPY, 1 + size--, loc);
                g.opI(SWAP, 2, loc);
                g.op(DELETE_SUBSCR, loc);
            }
            storeName(loc, rest, pc);
        } else {
            g.op(POP_TOP, loc);
            g.op(POP_TOP, loc);
        }
    }

    private void classPattern(Pattern.MatchClass c, Loc loc, Ctx pc) {
        int nargs = c.patterns().size(), nattrs = c.kwd_attrs().size();
        for (int i = 0; i < nattrs; i++)
            for (int j = i + 1; j < nattrs; j++)
                if (c.kwd_attrs().get(i).equals(c.kwd_attrs().get(j)))
                    throw g.error("attribute name repeated in class pattern: " + c.kwd_attrs().get(j), Loc.of(c.kwd_patterns().get(j)));
        g.expr(c.cls());
        g.loadConst(new Const.Tuple(new ArrayList<>(c.kwd_attrs())), loc);
        g.opI(MATCH_CLASS, nargs, loc);
        g.opI(COPY, 1, loc);
        g.loadConst(Const.NONE, loc);
        g.opI(IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        g.opI(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern q = i < nargs ? c.patterns().get(i) : c.kwd_patterns().get(i - nargs);
            if (isWildcard(q)) { g.op(POP_TOP, loc); continue; }
            subpattern(q, pc);
        }
    }

    private void or(Pattern.MatchOr o, Loc loc, Ctx pc) {
        int end = g.newLabel();
        int size = o.patterns().size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Integer> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = o.patterns().get(i);
            Loc aloc = Loc.of(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = (i == size - 1) && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            g.opI(COPY, 1, aloc);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw g.error("alternative patterns bind different names", loc);
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw g.error("alternative patterns bind different names", loc);
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) rotate(aloc, icontrol + 1);
                    }
                }
            }
            g.jump(JUMP, end, aloc);
            emitAndResetFailPop(aloc, pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        g.op(POP_TOP, loc);
        jumpToFailPop(loc, pc, JUMP);
        g.useLabel(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw g.error("multiple assignments to name '" + name + "' in pattern", loc);
            pc.stores.add(name);
        }
        g.op(POP_TOP, loc);
    }
}
