package regpy.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import regpy.code.CodeObject;

/**
 * co_consts under construction: values deduplicated by Python's constant key (type and value,
 * so 0, 0.0, False and -0.0 stay apart; Java's equals on {@link regpy.code.Const} values gives
 * exactly that). Code objects merge when equal in every attribute, as code_richcompare does (a
 * while loop's test is compiled twice, so a generator expression in it makes two equal code
 * objects and CPython keeps one). A NaN equals only itself: the same AST constant loaded twice
 * merges, two NaNs (e.g. from two folded expressions) stay apart.
 */
final class ConstPool {
    final List<Object> list = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();
    private final Map<Object, Integer> nanIndex = new IdentityHashMap<>();

    int add(Object v) {
        Map<Object, Integer> m = v instanceof Double d && d.isNaN() ? nanIndex : index;
        Integer i = m.get(v);
        if (i != null) return i;
        list.add(v);
        m.put(v, list.size() - 1);
        return list.size() - 1;
    }

    Object get(int i) { return list.get(i); }
    int size() { return list.size(); }

    /** remove_unused_consts: keep index 0 (maybe the docstring) and every constant still loaded. */
    void removeUnused(FlowGraph g) {
        int n = list.size();
        if (n == 0) return;
        int[] map = new int[n];
        java.util.Arrays.fill(map, -1);
        map[0] = 0;
        for (Block b = g.entry; b != null; b = b.next)
            for (Instr in : b.instrs) if (regpy.code.Opcode.hasConst(in.op)) map[in.oparg] = in.oparg;
        List<Object> kept = new ArrayList<>();
        int[] reverse = new int[n];
        java.util.Arrays.fill(reverse, -1);
        for (int i = 0; i < n; i++) if (map[i] != -1) { reverse[i] = kept.size(); kept.add(list.get(i)); }
        if (kept.size() == n) return;
        for (Block b = g.entry; b != null; b = b.next)
            for (Instr in : b.instrs) if (regpy.code.Opcode.hasConst(in.op)) in.oparg = reverse[in.oparg];
        list.clear();
        index.clear();
        nanIndex.clear();
        for (Object o : kept) add(o);
    }
}
