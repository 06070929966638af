package regpy.compile;

import static regpy.code.Opcode.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import regpy.code.Bytecode;
import regpy.code.ExceptionTable;
import regpy.code.LineTable;

/**
 * CPython 3.13's assemble.c: lays the final blocks out, resolves jump offsets (growing
 * EXTENDED_ARG prefixes until stable), writes co_code with zeroed inline caches, the location
 * table and the exception table.
 */
final class Assembler {
    byte[] code, linetable, exceptiontable;

    static Assembler assemble(FlowGraph g, int firstlineno) {
        List<Instr> instrs = new ArrayList<>();
        List<Block> owner = new ArrayList<>();
        for (Block b = g.entry; b != null; b = b.next)
            for (Instr i : b.instrs) { instrs.add(i); owner.add(b); }
        resolveJumpOffsets(g, instrs);
        Assembler a = new Assembler();
        a.code = writeCode(instrs);
        a.linetable = locations(instrs, firstlineno);
        a.exceptiontable = exceptions(g, instrs);
        return a;
    }

    private static int size(Instr i) { return Bytecode.units(i.op, i.oparg); }

    private static void resolveJumpOffsets(FlowGraph g, List<Instr> instrs) {
        // As CPython, start from the target's instruction index (its label after ApplyLabelMap).
        java.util.Map<Block, Integer> firstIndex = new java.util.IdentityHashMap<>();
        int n = 0;
        for (Block b = g.entry; b != null; b = b.next) { firstIndex.put(b, n); n += b.instrs.size(); }
        for (Instr i : instrs) if (FlowGraph.isJump(i.op)) i.oparg = firstIndex.get(i.target);
        boolean again;
        do {
            int total = 0;
            for (Block b = g.entry; b != null; b = b.next) {
                b.offset = total;
                for (Instr i : b.instrs) total += size(i);
            }
            again = false;
            for (Block b = g.entry; b != null; b = b.next) {
                int offset = b.offset;
                for (Instr i : b.instrs) {
                    int isize = size(i);
                    offset += isize;
                    if (FlowGraph.isJump(i.op)) {
                        int target = i.target.offset;
                        i.oparg = target < offset ? offset - target : target - offset;
                        if (size(i) != isize) again = true;
                    }
                }
            }
        } while (again);
    }

    private static byte[] writeCode(List<Instr> instrs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Instr i : instrs) {
            int arg = i.oparg;
            int ext = Bytecode.extendedArgs(arg);
            for (int k = ext; k > 0; k--) { out.write(EXTENDED_ARG); out.write((arg >> (8 * k)) & 0xff); }
            out.write(i.op);
            out.write(arg & 0xff);
            for (int c = cacheEntries(i.op); c > 0; c--) { out.write(0); out.write(0); }
        }
        return out.toByteArray();
    }

    private static byte[] locations(List<Instr> instrs, int firstlineno) {
        LineTable.Writer w = new LineTable.Writer(firstlineno);
        Loc loc = Loc.NO_LOCATION;
        int size = 0;
        for (Instr i : instrs) {
            if (!i.loc.equals(loc)) {
                if (size > 0) w.add(loc.position(), size);
                loc = i.loc;
                size = 0;
            }
            size += size(i);
        }
        if (size > 0) w.add(loc.position(), size);
        return w.toByteArray();
    }

    private static byte[] exceptions(FlowGraph g, List<Instr> instrs) {
        ExceptionTable.Writer w = new ExceptionTable.Writer();
        Block handler = null;
        int start = -1, offset = 0;
        for (Instr i : instrs) {
            if (i.except != handler) {
                if (handler != null) emit(w, start, offset, handler);
                start = offset;
                handler = i.except;
            }
            offset += size(i);
        }
        if (handler != null) emit(w, start, offset, handler);
        return w.toByteArray();
    }

    private static void emit(ExceptionTable.Writer w, int start, int end, Block handler) {
        int depth = handler.startdepth - 1;
        if (handler.preserveLasti) depth -= 1;
        w.add(start, end, handler.offset, depth, handler.preserveLasti);
    }
}
