package regpy.ir;

import java.util.Arrays;

/**
 * The operand stack during translation, holding operands instead of values: a slot holds a
 * deferred local (a register below tempBase, not yet copied), a constant, NULL, or a temporary.
 * Slot i is <em>canonical</em> when it holds temporary {@code tempBase + i}: the state every
 * block boundary, handler entry and loop header agrees on.
 */
final class SymbolicStack {
    private final int tempBase;
    private int[] slots = new int[8];
    private int depth;

    SymbolicStack(int tempBase) { this.tempBase = tempBase; }

    int depth() { return depth; }
    int tempBase() { return tempBase; }

    /** The register slot i occupies when canonical. */
    int canonical(int slot) { return tempBase + slot; }

    boolean isCanonical(int slot) { return slots[slot] == canonical(slot); }

    /** Reset to the canonical state of the given depth (a block entered by jumps or unwinding). */
    void resetCanonical(int newDepth) {
        ensure(newDepth);
        depth = newDepth;
        for (int i = 0; i < newDepth; i++) slots[i] = canonical(i);
    }

    void push(int operand) {
        ensure(depth + 1);
        slots[depth++] = operand;
    }

    int pop() {
        if (depth == 0) throw new IllegalStateException("symbolic stack underflow");
        return slots[--depth];
    }

    /** The n last popped values, in stack order (deepest first). */
    int[] popN(int n) {
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) out[i] = pop();
        return out;
    }

    /** The n-th slot from the top (1 = top). */
    int peek(int n) { return slots[depth - n]; }

    int get(int slot) { return slots[slot]; }
    void set(int slot, int operand) { slots[slot] = operand; }

    /** SWAP n: exchange the top with the n-th slot from the top. */
    void swap(int n) {
        int a = depth - 1, b = depth - n;
        int t = slots[a];
        slots[a] = slots[b];
        slots[b] = t;
    }

    /** How many slots hold this operand. */
    int references(int operand) {
        int n = 0;
        for (int i = 0; i < depth; i++) if (slots[i] == operand) n++;
        return n;
    }

    /** Replace every occurrence of {@code from} by {@code to}. */
    void replace(int from, int to) {
        for (int i = 0; i < depth; i++) if (slots[i] == from) slots[i] = to;
    }

    boolean isTemp(int operand) { return Operand.isReg(operand) && operand >= tempBase; }

    /** Temporaries referenced by the stack, each once (what must survive a suspension). */
    int[] liveTemps() {
        return Arrays.stream(slots, 0, depth).filter(this::isTemp).distinct().sorted().toArray();
    }

    private void ensure(int n) {
        if (n > slots.length) slots = Arrays.copyOf(slots, Math.max(n, slots.length * 2));
    }
}
