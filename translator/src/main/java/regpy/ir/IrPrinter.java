package regpy.ir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import regpy.code.CodeObject;
import regpy.code.Pyc;
import regpy.code.Opcode;
import regpy.code.Repr;
import regpy.dis.Disassembler;
import regpy.dis.Instruction;

/**
 * The listing behind {@code vm dis --ir FILE}: for each code object (nested ones after their
 * parent, as dis does), the stack bytecode as dis prints it, beside the register instructions
 * each stack instruction turned into, with line numbers, labels, the handler table and counts.
 *
 * <pre>
 *   line  label  offset  stack bytecode (as dis)        | &gt;&gt; index  register IR
 * </pre>
 * An IR line shows the opcode, {@code outs <- ins} as registers (r) and constants (k), then
 * the same with names: locals by name, constants by repr, temporaries as t&lt;slot&gt;.
 */
public final class IrPrinter {
    private static final int STACK_WIDTH = 60;

    private IrPrinter() {}

    /** The listing of a translated code object tree. */
    public static String print(IrFunction f) {
        StringBuilder sb = new StringBuilder();
        print(f, sb);
        return sb.toString();
    }

    /** Translate and list. */
    public static String print(CodeObject code) { return print(Translator.translate(code)); }

    /** Debugging entry point until {@code vm dis --ir} exists: list the IR of .pyc files written by CPython 3.13. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: regpy.ir.IrPrinter FILE.pyc...");
            System.exit(2);
        }
        for (String a : args) System.out.print(print(Pyc.read(Path.of(a)).code()));
    }

    private static void print(IrFunction f, StringBuilder sb) {
        if (!sb.isEmpty()) sb.append('\n');
        header(f, sb);
        body(f, sb);
        handlers(f, sb);
        for (IrFunction child : f.children()) print(child, sb);
    }

    private static void header(IrFunction f, StringBuilder sb) {
        CodeObject c = f.code();
        IrStats.Counts n = IrStats.of(f);
        sb.append("Register IR of ").append(c).append(": ").append(n.stack()).append(" stack -> ")
          .append(n.ir()).append(" register instructions (").append(String.format("%+.1f%%", -100 * n.reduction()))
          .append(")\n");
        int tb = f.tempBase(), regs = f.registerCount();
        sb.append("  registers:");
        if (tb > 0) sb.append(" r0..r").append(tb - 1).append(" locals (").append(String.join(", ", c.localsplusnames)).append(")");
        if (f.stackSlots() > 0) sb.append(" r").append(tb).append("..r").append(tb + f.stackSlots() - 1).append(" stack slots");
        if (regs > tb + f.stackSlots()) sb.append(" r").append(tb + f.stackSlots()).append("..r").append(regs - 1).append(" scratch");
        sb.append("; ").append(f.cacheCount()).append(" cache slots\n");
    }

    private static void body(IrFunction f, StringBuilder sb) {
        Map<Integer, Integer> irLabels = labels(f);
        TreeMap<Integer, List<Integer>> byOffset = new TreeMap<>();
        for (int i = 0; i < f.size(); i++) byOffset.computeIfAbsent(f.instr(i).offset(), k -> new ArrayList<>()).add(i);
        List<Instruction> stack = Disassembler.getInstructions(f.code(), Repr::of);
        // IR instructions are listed beside the stack instruction they came from, in IR order;
        // an IR instruction whose origin comes later in the stack code is listed where IR order puts it.
        int nextIr = 0;
        for (Instruction s : stack) {
            List<String> right = new ArrayList<>();
            List<Integer> mine = byOffset.getOrDefault(s.offset(), List.of());
            while (nextIr < f.size() && (mine.contains(nextIr) || f.instr(nextIr).offset() < s.offset())) {
                right.add(irLine(f, nextIr, irLabels));
                nextIr++;
            }
            String left = stackLine(s);
            if (right.isEmpty()) sb.append(left.stripTrailing()).append('\n');
            for (int k = 0; k < right.size(); k++)
                sb.append(k == 0 ? left : " ".repeat(STACK_WIDTH)).append("| ").append(right.get(k)).append('\n');
        }
        while (nextIr < f.size()) sb.append(" ".repeat(STACK_WIDTH)).append("| ").append(irLine(f, nextIr++, irLabels)).append('\n');
    }

    private static String stackLine(Instruction s) {
        String line = s.startsLine() && s.lineNumber() != null ? String.valueOf(s.lineNumber()) : "";
        String label = s.label() != null ? "L" + s.label() + ":" : "";
        String text = String.format("%4s %4s %5d  %-22s %s", line, label, s.offset(), s.opname(),
                s.arg() == null ? "" : s.arg() + (s.argrepr().isEmpty() ? "" : " (" + s.argrepr() + ")"));
        if (text.length() > STACK_WIDTH - 1) text = text.substring(0, STACK_WIDTH - 2) + "…";
        return String.format("%-" + STACK_WIDTH + "s", text);
    }

    /** IR jump and handler targets, numbered in order. */
    private static Map<Integer, Integer> labels(IrFunction f) {
        TreeSet<Integer> targets = new TreeSet<>();
        for (IrInstr in : f.instrs()) if (in.target() >= 0) targets.add(in.target());
        for (IrHandler h : f.handlers()) targets.add(h.target());
        Map<Integer, Integer> out = new HashMap<>();
        for (int t : targets) out.put(t, out.size() + 1);
        return out;
    }

    static String irLine(IrFunction f, int i, Map<Integer, Integer> labels) {
        IrInstr in = f.instr(i);
        String label = labels.containsKey(i) ? ">>" : "";
        StringBuilder ops = new StringBuilder();
        StringBuilder names = new StringBuilder();
        if (in.outCount() > 0) {
            ops.append(join(in.outs(), false, f)).append(" <- ");
            names.append(join(in.outs(), true, f)).append(" <- ");
        }
        ops.append(join(in.ins(), false, f));
        names.append(join(in.ins(), true, f));
        if (in.target() >= 0) {
            String t = String.valueOf(in.target());
            ops.append(in.inCount() > 0 ? " -> " : "-> ").append(t);
        }
        String detail = detail(f, in);
        String text = String.format("%2s%4d %-16s %-24s %s%s", label, i, in.op(), ops, names.toString().strip(),
                detail.isEmpty() ? "" : "  ; " + detail);
        return text.stripTrailing();
    }

    private static String join(int[] operands, boolean named, IrFunction f) {
        List<String> parts = new ArrayList<>();
        for (int o : operands) parts.add(named ? name(f, o) : Operand.toString(o));
        return String.join(", ", parts);
    }

    /** Locals by name, constants by repr (shortened), temporaries as t + stack slot. */
    static String name(IrFunction f, int operand) {
        if (Operand.isNull(operand)) return "NULL";
        int i = Operand.index(operand);
        if (Operand.isConst(operand)) {
            Object k = f.code().consts[i];
            String r = k instanceof CodeObject c ? "<code " + c.name + ">" : Repr.of(k);
            return r.length() > 20 ? r.substring(0, 17) + "..." : r;
        }
        if (i < f.tempBase()) return f.code().localsplusnames[i];
        int slot = i - f.tempBase();
        return slot < f.stackSlots() ? "t" + slot : "s" + (slot - f.stackSlots());
    }

    private static String detail(IrFunction f, IrInstr in) {
        String[] names = f.code().names;
        int a = in.arg();
        String d = switch (in.op()) {
            case BINARY -> Opcode.NB_OPS[a];
            case COMPARE, JUMP_IF_CMP, JUMP_UNLESS_CMP ->
                    ((a & Opcode.COMPARE_TO_BOOL) != 0 ? "bool(" + Opcode.CMP_OPS[a >> 5] + ")" : Opcode.CMP_OPS[a >> 5]);
            case IS, JUMP_IF_IS -> a == 0 ? "is" : "is not";
            case CONTAINS, JUMP_IF_CONTAINS -> a == 0 ? "in" : "not in";
            case LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR, DELETE_ATTR, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME,
                 STORE_NAME, DELETE_NAME, LOAD_FROM_DICT_OR_GLOBALS, IMPORT_NAME, IMPORT_FROM -> names[a];
            case LOAD_SUPER_ATTR, LOAD_SUPER_METHOD -> names[a >> 2];
            case CALL, CALL_KW -> (a & ~IrOp.LOOP_OWNED) + " args" + ((a & IrOp.LOOP_OWNED) != 0 ? ", loop-owned" : "");
            case CALL_INTRINSIC_1 -> Opcode.INTRINSIC_1[a];
            case CALL_INTRINSIC_2 -> Opcode.INTRINSIC_2[a];
            case CONVERT_VALUE -> Opcode.CONVERSIONS[a];
            case SET_FUNCTION_ATTRIBUTE -> Opcode.FUNCTION_ATTR_FLAGS[Integer.numberOfTrailingZeros(a)];
            case COPY_FREE_VARS, MATCH_CLASS, RAISE, RERAISE, UNPACK_EX, YIELD, GET_AWAITABLE -> a == 0 ? "" : "arg " + a;
            default -> "";
        };
        if (in.cache() >= 0) d += (d.isEmpty() ? "" : " ") + "$" + in.cache();
        if (in.liveTemps().length > 0) {
            List<String> live = new ArrayList<>();
            for (int r : in.liveTemps()) live.add(name(f, r));
            d += (d.isEmpty() ? "" : " ") + "live " + String.join(" ", live);
        }
        return d;
    }

    private static void handlers(IrFunction f, StringBuilder sb) {
        if (f.handlers().isEmpty()) return;
        sb.append("IR exception table:\n");
        for (IrHandler h : f.handlers()) {
            sb.append(String.format("  %d to %d -> %d [%d]%s   (stack %d to %d -> %d); exc in %s%n", h.start(), h.end(),
                    h.target(), h.depth(), h.lasti() ? " lasti" : "", h.stackStart(), h.stackEnd(),
                    h.stackTarget(), name(f, h.excRegister(f.tempBase()))));
        }
    }
}
