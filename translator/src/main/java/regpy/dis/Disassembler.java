package regpy.dis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import regpy.code.Bytecode;
import regpy.code.CodeObject;
import regpy.code.LineTable;
import regpy.code.Opcode;
import regpy.code.Repr;

/**
 * CPython 3.13's {@code dis} for code objects: {@link #getInstructions} (dis.get_instructions),
 * {@link #dis} (dis.dis, nested code objects after the outer one) and {@link #codeInfo}
 * (dis.code_info). Constants are printed through a pluggable repr, because only the VM knows
 * how a code object prints ({@code <code object f at 0x..., file "x.py", line 1>}).
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20, OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";

    /** dis.dis keyword arguments; depth -1 means unlimited; lasti marks the current instruction. */
    public record Options(Function<Object, String> repr, boolean showCaches, boolean showOffsets, int depth, int lasti) {
        public static Options defaults() { return new Options(Repr::of, false, false, -1, -1); }
        public Options withRepr(Function<Object, String> r) { return new Options(r, showCaches, showOffsets, depth, lasti); }
        public Options withShowCaches(boolean b) { return new Options(repr, b, showOffsets, depth, lasti); }
        public Options withShowOffsets(boolean b) { return new Options(repr, showCaches, b, depth, lasti); }
        public Options withDepth(int d) { return new Options(repr, showCaches, showOffsets, d, lasti); }
        public Options withLasti(int l) { return new Options(repr, showCaches, showOffsets, depth, l); }
    }

    private Disassembler() {}

    // ---- get_instructions ----------------------------------------------------------------------------

    public static List<Instruction> getInstructions(CodeObject co) { return getInstructions(co, Repr::of); }

    /** As dis.get_instructions: labels mark jump targets only (dis.dis also labels exception-table bounds). */
    public static List<Instruction> getInstructions(CodeObject co, Function<Object, String> repr) {
        return decode(co, labelsMap(co, List.of()), repr);
    }

    /** byte offset -> line, for every offset that starts a line (findlinestarts); null line = None. */
    public static LinkedHashMap<Integer, Integer> lineStarts(CodeObject co) {
        LinkedHashMap<Integer, Integer> out = new LinkedHashMap<>();
        boolean first = true;
        int last = 0;
        for (LineTable.LineRange r : co.lines()) {
            if (first || r.line() != last) out.put(r.start(), r.line() < 0 ? null : r.line());
            first = false;
            last = r.line();
        }
        return out;
    }

    /** Labels: jump targets and exception-table boundaries, numbered from 1 in offset order. */
    static Map<Integer, Integer> labelsMap(CodeObject co, List<CodeObject.ExceptionEntry> entries) {
        TreeSet<Integer> offsets = new TreeSet<>();
        for (Bytecode.Insn in : Bytecode.decode(co.code))
            if (Opcode.hasJump(Opcode.deopt(in.op()))) offsets.add(Bytecode.jumpTarget(Opcode.deopt(in.op()), in.oparg(), in.offset()));
        for (CodeObject.ExceptionEntry e : entries) { offsets.add(e.start()); offsets.add(e.end()); offsets.add(e.target()); }
        Map<Integer, Integer> map = new HashMap<>();
        int n = 1;
        for (int off : offsets) map.put(off, n++);
        return map;
    }

    private static List<Instruction> decode(CodeObject co, Map<Integer, Integer> labels, Function<Object, String> repr) {
        Map<Integer, Integer> starts = lineStarts(co);
        List<LineTable.Position> positions = co.positions();
        List<Instruction> out = new ArrayList<>();
        Integer line = null;
        int extendedArgs = 0;
        for (Bytecode.Insn in : Bytecode.decode(co.code)) {
            int op = in.op(), deop = Opcode.deopt(op), offset = in.offset();
            boolean startsLine = starts.containsKey(offset);
            if (startsLine) line = starts.get(offset);
            Integer arg = Opcode.hasArg(deop) ? in.oparg() : null;
            Object[] val = argvalArgrepr(co, deop, arg, offset, labels, repr);
            int startOffset = offset - 2 * extendedArgs;
            extendedArgs = deop == Opcode.EXTENDED_ARG ? extendedArgs + 1 : 0;
            if (deop == Opcode.EXTENDED_ARG) startOffset = offset;
            List<Instruction.CacheEntry> cache = new ArrayList<>();
            int at = offset + 2;
            for (CacheFormat.Field f : CacheFormat.of(deop)) {
                cache.add(new Instruction.CacheEntry(f.name(), f.size(), Arrays.copyOfRange(co.code, at, at + 2 * f.size())));
                at += 2 * f.size();
            }
            LineTable.Position pos = offset / 2 < positions.size() ? positions.get(offset / 2) : LineTable.Position.NONE;
            out.add(new Instruction(Opcode.name(op), op, arg, val[0], (String) val[1], offset, startOffset, startsLine,
                    line, labels.get(offset), pos, List.copyOf(cache)));
        }
        return out;
    }

    private static Object[] argvalArgrepr(CodeObject co, int deop, Integer arg, int offset,
                                          Map<Integer, Integer> labels, Function<Object, String> repr) {
        if (arg == null) return new Object[] {null, ""};
        int a = arg;
        if (Opcode.hasConst(deop)) {
            Object v = co.consts[a];
            return new Object[] {v, repr.apply(v)};
        }
        if (Opcode.hasName(deop)) {
            return switch (deop) {
                case Opcode.LOAD_GLOBAL -> named(co.names[a >> 1], (a & 1) != 0 ? " + NULL" : "");
                case Opcode.LOAD_ATTR -> named(co.names[a >> 1], (a & 1) != 0 ? " + NULL|self" : "");
                case Opcode.LOAD_SUPER_ATTR -> named(co.names[a >> 2], (a & 1) != 0 ? " + NULL|self" : "");
                default -> named(co.names[a], "");
            };
        }
        if (Opcode.hasJump(deop) || Opcode.hasExc(deop)) {
            int target = Bytecode.jumpTarget(deop, a, offset);
            return new Object[] {target, "to L" + labels.get(target)};
        }
        switch (deop) {
            case Opcode.LOAD_FAST_LOAD_FAST, Opcode.STORE_FAST_LOAD_FAST, Opcode.STORE_FAST_STORE_FAST -> {
                String n1 = co.localsplusnames[a >> 4], n2 = co.localsplusnames[a & 15];
                return new Object[] {List.of(n1, n2), n1 + ", " + n2};
            }
            case Opcode.COMPARE_OP -> {
                String cmp = Opcode.CMP_OPS[a >> 5];
                return new Object[] {cmp, (a & 16) != 0 ? "bool(" + cmp + ")" : cmp};
            }
            case Opcode.CONVERT_VALUE -> {
                return new Object[] {a, Opcode.CONVERSIONS[a]};
            }
            case Opcode.SET_FUNCTION_ATTRIBUTE -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < Opcode.FUNCTION_ATTR_FLAGS.length; i++)
                    if ((a & (1 << i)) != 0) parts.add(Opcode.FUNCTION_ATTR_FLAGS[i]);
                return new Object[] {a, String.join(", ", parts)};
            }
            case Opcode.BINARY_OP -> { return new Object[] {a, Opcode.NB_OPS[a]}; }
            case Opcode.CALL_INTRINSIC_1 -> { return new Object[] {a, Opcode.INTRINSIC_1[a]}; }
            case Opcode.CALL_INTRINSIC_2 -> { return new Object[] {a, Opcode.INTRINSIC_2[a]}; }
            default -> {
                if (Opcode.hasLocal(deop) || Opcode.hasFree(deop)) return named(co.localsplusnames[a], "");
                return new Object[] {a, ""};
            }
        }
    }

    private static Object[] named(String name, String suffix) { return new Object[] {name, name + suffix}; }

    // ---- dis.dis ------------------------------------------------------------------------------------

    /** dis.dis(code) with default options. */
    public static String dis(CodeObject co) { return dis(co, Options.defaults()); }

    public static String dis(CodeObject co, Options opts) {
        StringBuilder sb = new StringBuilder();
        disRecursive(co, opts, opts.depth(), sb);
        return sb.toString();
    }

    private static void disRecursive(CodeObject co, Options opts, int depth, StringBuilder sb) {
        disassemble(co, opts, sb);
        if (depth < 0 || depth > 0) {
            int next = depth < 0 ? -1 : depth - 1;
            for (Object c : co.consts) {
                if (c instanceof CodeObject nested) {
                    sb.append('\n').append("Disassembly of ").append(opts.repr().apply(nested)).append(":\n");
                    disRecursive(nested, opts, next, sb);
                }
            }
        }
    }

    /** dis.disassemble: one code object, no recursion. */
    public static void disassemble(CodeObject co, Options opts, StringBuilder sb) {
        List<CodeObject.ExceptionEntry> entries = co.exceptionEntries();
        Map<Integer, Integer> labels = labelsMap(co, entries);
        Map<Integer, Integer> starts = lineStarts(co);
        int linenoWidth = linenoWidth(starts);
        int offsetWidth = opts.showOffsets() ? String.valueOf(Math.max(co.code.length - 2, 9999)).length() : 0;
        int labelWidth = 4 + String.valueOf(labels.size()).length();
        for (Instruction in : decode(co, labels, opts.repr())) {
            boolean current = in.offset() <= opts.lasti()
                    && opts.lasti() <= in.offset() + 2 * Opcode.cacheEntries(Opcode.deopt(in.opcode()));
            printLine(sb, in, current, linenoWidth, offsetWidth, labelWidth);
            if (opts.showCaches()) {
                int off = in.offset();
                for (Instruction.CacheEntry ce : in.cacheInfo()) {
                    for (int i = 0; i < ce.size(); i++) {
                        off += 2;
                        String argrepr = i == 0 ? ce.name() + ": " + ce.value() : "";
                        printLine(sb, new Instruction("CACHE", Opcode.CACHE, 0, null, argrepr, off, off, false, null,
                                null, in.positions(), List.of()), false, linenoWidth, offsetWidth, labelWidth);
                    }
                }
            }
        }
        if (!entries.isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (CodeObject.ExceptionEntry e : entries)
                sb.append("  L").append(labels.get(e.start())).append(" to L").append(labels.get(e.end()))
                  .append(" -> L").append(labels.get(e.target())).append(" [").append(e.depth()).append(']')
                  .append(e.lasti() ? " lasti" : "").append('\n');
        }
    }

    static int linenoWidth(Map<Integer, Integer> starts) {
        int max = -1;
        boolean hasNone = false;
        for (Integer l : starts.values()) {
            if (l == null) hasNone = true;
            else if (l != 0) max = Math.max(max, l);   // filter(None, ...) also drops line 0
        }
        if (max == -1) return 0;
        int w = Math.max(3, String.valueOf(max).length());
        if (w < NO_LINENO.length() && hasNone) w = NO_LINENO.length();
        return w;
    }

    private static void printLine(StringBuilder sb, Instruction in, boolean current, int linenoWidth,
                                  int offsetWidth, int labelWidth) {
        if (linenoWidth > 0 && in.startsLine() && in.offset() > 0) sb.append('\n');
        List<String> fields = new ArrayList<>();
        if (linenoWidth > 0) {
            if (in.startsLine()) fields.add(pad(in.lineNumber() == null ? NO_LINENO : in.lineNumber().toString(), linenoWidth));
            else fields.add(" ".repeat(linenoWidth));
        }
        fields.add(in.label() != null ? pad("L" + in.label() + ":", labelWidth) : " ".repeat(labelWidth));
        if (offsetWidth > 0) fields.add(pad(String.valueOf(in.offset()), offsetWidth) + "  ");
        fields.add(current ? "-->" : "   ");
        fields.add(in.opname() + " ".repeat(Math.max(0, OPNAME_WIDTH - in.opname().length())));
        if (in.arg() != null) {
            int excess = Math.max(0, in.opname().length() - OPNAME_WIDTH);
            fields.add(pad(in.arg().toString(), OPARG_WIDTH - excess));
            if (!in.argrepr().isEmpty()) fields.add("(" + in.argrepr() + ")");
        }
        sb.append(String.join(" ", fields).stripTrailing()).append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    // ---- code_info ------------------------------------------------------------------------------------

    private static final String[] FLAG_NAMES = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
            "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};

    /** dis.pretty_flags. */
    public static String prettyFlags(int flags) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 32 && flags != 0; i++) {
            int flag = 1 << i;
            if ((flags & flag) != 0) {
                names.add(i < FLAG_NAMES.length ? FLAG_NAMES[i] : "0x" + Integer.toHexString(flag));
                flags ^= flag;
            }
        }
        if (names.isEmpty()) names.add("0x0");
        return String.join(", ", names);
    }

    /** dis.code_info. */
    public static String codeInfo(CodeObject co, Function<Object, String> repr) {
        List<String> lines = new ArrayList<>();
        lines.add("Name:              " + co.name);
        lines.add("Filename:          " + co.filename);
        lines.add("Argument count:    " + co.argcount);
        lines.add("Positional-only arguments: " + co.posonlyargcount);
        lines.add("Kw-only arguments: " + co.kwonlyargcount);
        lines.add("Number of locals:  " + co.nlocals());
        lines.add("Stack size:        " + co.stacksize);
        lines.add("Flags:             " + prettyFlags(co.flags));
        section(lines, "Constants:", Arrays.stream(co.consts).map(repr).toList());
        section(lines, "Names:", Arrays.asList(co.names));
        section(lines, "Variable names:", Arrays.asList(co.varnames()));
        section(lines, "Free variables:", Arrays.asList(co.freevars()));
        section(lines, "Cell variables:", Arrays.asList(co.cellvars()));
        return String.join("\n", lines);
    }

    private static void section(List<String> lines, String title, List<String> items) {
        if (items.isEmpty()) return;
        lines.add(title);
        for (int i = 0; i < items.size(); i++) lines.add(String.format("%4d: %s", i, items.get(i)));
    }
}
