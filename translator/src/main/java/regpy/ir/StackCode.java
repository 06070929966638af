package regpy.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import regpy.code.Bytecode;
import regpy.code.CodeObject;
import regpy.code.LineTable;
import regpy.code.LineTable.Position;
import regpy.code.Opcode;

/**
 * The stack bytecode of a code object decoded into instructions, EXTENDED_ARG folded, CACHE
 * entries skipped, jump targets resolved to byte offsets.
 *
 * Unit decoding is regpy.code's {@link Bytecode}; this class adds the grouping and lookups the
 * translator needs.
 */
final class StackCode {

    /**
     * One instruction. {@code start} is where its EXTENDED_ARG prefixes begin (what jumps land on),
     * {@code offset} the opcode's own unit (what dis prints and lasti reports), {@code next} the
     * offset after its inline caches.
     */
    record Instr(int index, int start, int offset, int op, int arg, int next, int prefixes, int target) {
        /** Stack instructions this stands for: itself and its EXTENDED_ARG prefixes. */
        int count() { return 1 + prefixes; }
    }

    final CodeObject code;
    final List<Instr> instrs;
    /** Instruction index by code unit of its start, -1 elsewhere. */
    private final int[] indexByStartUnit;
    /** Source position of each instruction. */
    private final Position[] positions;

    StackCode(CodeObject code) {
        this.code = code;
        this.instrs = decode(code.code);
        indexByStartUnit = new int[code.code.length / 2 + 1];
        Arrays.fill(indexByStartUnit, -1);
        for (Instr in : instrs) indexByStartUnit[in.start() / 2] = in.index();
        indexByStartUnit[code.code.length / 2] = instrs.size();
        positions = positions(code, instrs);
    }

    /** co_positions() of each instruction's opcode unit, walking the location table once. */
    private static Position[] positions(CodeObject code, List<Instr> instrs) {
        Position[] out = new Position[instrs.size()];
        List<LineTable.Entry> entries = LineTable.entries(code.linetable, code.firstlineno);
        int e = 0, entryEnd = entries.isEmpty() ? 0 : entries.getFirst().units();
        for (Instr in : instrs) {
            int unit = in.offset() / 2;
            while (e < entries.size() && unit >= entryEnd) {
                e++;
                if (e < entries.size()) entryEnd += entries.get(e).units();
            }
            out[in.index()] = e < entries.size() ? entries.get(e).pos() : Position.NONE;
        }
        return out;
    }

    /** Groups regpy.code's decoded units: EXTENDED_ARG prefixes belong to the instruction they extend. */
    private static List<Instr> decode(byte[] bytes) {
        List<Instr> out = new ArrayList<>();
        int start = 0, prefixes = 0;
        for (Bytecode.Insn u : Bytecode.decode(bytes)) {
            if (u.isExtendedArg()) {
                if (prefixes++ == 0) start = u.offset();
                continue;
            }
            if (prefixes == 0) start = u.offset();
            int op = Opcode.deopt(u.op());
            int arg = Opcode.hasArg(op) ? u.oparg() : 0;
            out.add(new Instr(out.size(), start, u.offset(), op, arg, u.next(), prefixes,
                    Opcode.hasJump(op) ? Bytecode.jumpTarget(op, arg, u.offset()) : -1));
            prefixes = 0;
        }
        return out;
    }

    /** Index of the instruction starting at byte offset {@code start}; fails if none does. */
    int indexAt(int start) {
        int i = start >= 0 && start % 2 == 0 && start / 2 < indexByStartUnit.length ? indexByStartUnit[start / 2] : -1;
        if (i < 0) throw new IllegalArgumentException(code.name + ": no instruction starts at offset " + start);
        return i;
    }

    Instr get(int index) { return instrs.get(index); }
    int size() { return instrs.size(); }

    Position position(Instr in) { return positions[in.index()]; }

    /** Stack instructions in co_code: every opcode and EXTENDED_ARG, no CACHE. */
    int instructionCount() {
        int n = 0;
        for (Instr in : instrs) n += in.count();
        return n;
    }

    /**
     * Where FOR_ITER really continues when the iterator is exhausted: 3.13 pops the iterator and
     * skips the END_FOR and POP_TOP at its nominal target (verified by tracing CPython 3.13).
     */
    int forIterExit(Instr forIter) {
        int t = indexAt(forIter.target());
        if (t + 1 >= size() || get(t).op() != Opcode.END_FOR || get(t + 1).op() != Opcode.POP_TOP)
            throw new IllegalStateException(code.name + ": FOR_ITER at " + forIter.offset() + " does not target END_FOR; POP_TOP");
        return t + 2;
    }
}
