package regpy.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Code generation output: a flat instruction list with labels (CPython's instr_sequence).
 * Jump instructions hold a label id; {@link #instrs} positions of labels are in {@link #labelIndex}.
 */
final class InstrSequence {
    final List<Instr> instrs = new ArrayList<>();
    private final List<Integer> labelIndex = new ArrayList<>();

    int newLabel() {
        labelIndex.add(-1);
        return labelIndex.size() - 1;
    }

    void useLabel(int label) { labelIndex.set(label, instrs.size()); }

    void add(int op, int oparg, Loc loc) { instrs.add(new Instr(op, oparg, loc)); }

    /** The instruction index a label resolved to. */
    int indexOf(int label) {
        int i = labelIndex.get(label);
        if (i < 0) throw new IllegalStateException("label " + label + " never placed");
        return i;
    }

    /** Insert at the very start, shifting every label (instr_sequence_insert_instruction at 0). */
    void insertFirst(int op, int oparg, Loc loc) {
        instrs.add(0, new Instr(op, oparg, loc));
        for (int i = 0; i < labelIndex.size(); i++) if (labelIndex.get(i) >= 0) labelIndex.set(i, labelIndex.get(i) + 1);
    }

    Instr lastInstr() { return instrs.isEmpty() ? null : instrs.getLast(); }
}
