package regpy.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Structural invariants of translated IR, checked by the tests (and cheap enough for a debug
 * flag in the VM):
 * <ul>
 *   <li>operands in range: registers below registerCount, constants below co_consts' length,
 *       outputs are registers, NULL only as an input;</li>
 *   <li>jump targets inside the function, and only on instructions that jump;</li>
 *   <li>handler ranges inside the function, non-overlapping, their stack depth within the slots;</li>
 *   <li>no instruction falls off the end;</li>
 *   <li>every temporary read is written on all paths to the read (a forward must-analysis over
 *       normal and exception edges, the latter from instructions that can raise; a handler starts
 *       with the slots below its depth as they are throughout its range, plus the lasti and
 *       exception registers the unwinder writes). Locals
 *       are the frame's: always readable (unbound ones are the runtime's UnboundLocalError).</li>
 * </ul>
 */
public final class IrVerifier {
    private IrVerifier() {}

    /** Problems found in f (not its children); empty when it is well formed. */
    public static List<String> verify(IrFunction f) {
        List<String> problems = new ArrayList<>();
        int n = f.size();
        int consts = f.code().consts.length;
        for (int i = 0; i < n; i++) {
            IrInstr in = f.instr(i);
            for (int o : in.outs())
                if (!Operand.isReg(o) || o >= f.registerCount()) problems.add(at(f, i) + "bad output " + Operand.toString(o));
            for (int o : in.ins()) {
                boolean ok = switch (Operand.kind(o)) {
                    case Operand.REG -> o < f.registerCount();
                    case Operand.CONST -> Operand.index(o) < consts;
                    default -> Operand.isNull(o);
                };
                if (!ok) problems.add(at(f, i) + "bad input " + Operand.toString(o));
            }
            if (in.op().hasTarget() != (in.target() != IrInstr.NO_TARGET))
                problems.add(at(f, i) + "jump target presence does not match the opcode");
            if (in.target() != IrInstr.NO_TARGET && (in.target() < 0 || in.target() >= n))
                problems.add(at(f, i) + "jump target " + in.target() + " outside 0.." + (n - 1));
        }
        if (n == 0 || !f.instr(n - 1).op().endsFlow()) problems.add(f.code().name + ": control falls off the end");
        int prevEnd = 0;
        for (IrHandler h : f.handlers()) {
            if (h.start() < prevEnd || h.start() >= h.end() || h.end() > n)
                problems.add(f.code().name + ": bad handler range " + h.start() + ".." + h.end());
            if (h.target() < 0 || h.target() >= n) problems.add(f.code().name + ": bad handler target " + h.target());
            if (h.depth() + (h.lasti() ? 1 : 0) + 1 > f.stackSlots())
                problems.add(f.code().name + ": handler depth " + h.depth() + " exceeds the stack slots");
            prevEnd = h.end();
        }
        if (problems.isEmpty()) checkDefinedness(f, problems);
        return problems;
    }

    /** Verify f and every nested function; throws with all problems listed. */
    public static void check(IrFunction f) {
        List<String> problems = new ArrayList<>();
        collect(f, problems);
        if (!problems.isEmpty()) throw new IllegalStateException("IR verification failed:\n  " + String.join("\n  ", problems));
    }

    private static void collect(IrFunction f, List<String> problems) {
        problems.addAll(verify(f));
        for (IrFunction c : f.children()) collect(c, problems);
    }

    private static String at(IrFunction f, int i) { return f.code().name + " @" + i + " " + f.instr(i).op() + ": "; }

    private static void checkDefinedness(IrFunction f, List<String> problems) {
        int n = f.size(), tb = f.tempBase();
        BitSet[] in = new BitSet[n];                 // temporaries defined on entry; null = not reached yet
        Deque<Integer> work = new ArrayDeque<>();
        in[0] = new BitSet();
        work.add(0);
        while (!work.isEmpty()) {
            int i = work.poll();
            IrInstr ins = f.instr(i);
            BitSet before = in[i];
            IrHandler h = ins.op().canRaise() ? f.handlerAt(i) : null;
            if (h != null) {
                BitSet entry = new BitSet();
                for (int s = 0; s < h.depth(); s++) if (before.get(tb + s)) entry.set(tb + s);
                if (h.lasti()) entry.set(h.lastiRegister(tb));
                entry.set(h.excRegister(tb));
                flow(in, h.target(), entry, work);
            }
            BitSet after = (BitSet) before.clone();
            for (int o : ins.outs()) after.set(o);
            if (ins.target() >= 0) flow(in, ins.target(), ins.op() == IrOp.FOR_ITER ? before : after, work);
            if (!ins.op().endsFlow() && i + 1 < n) flow(in, i + 1, after, work);
        }
        for (int i = 0; i < n; i++) {
            if (in[i] == null) continue;                    // unreachable IR is allowed (and rare)
            IrInstr ins = f.instr(i);
            for (int o : ins.ins())
                if (Operand.isReg(o) && o >= tb && !in[i].get(o))
                    problems.add(at(f, i) + "reads " + Operand.toString(o) + " before it is written on every path");
            for (int r : ins.liveTemps())
                if (!in[i].get(r)) problems.add(at(f, i) + "live temporary r" + r + " not written");
        }
    }

    private static void flow(BitSet[] in, int target, BitSet state, Deque<Integer> work) {
        if (in[target] == null) {
            in[target] = (BitSet) state.clone();
            work.add(target);
        } else {
            BitSet merged = (BitSet) in[target].clone();
            merged.and(state);
            if (!merged.equals(in[target])) {
                in[target] = merged;
                work.add(target);
            }
        }
    }
}
