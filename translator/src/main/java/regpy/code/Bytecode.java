package regpy.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Decoding of co_code, in one place for dis, the interpreter and the register translator:
 * code units, EXTENDED_ARG folding, inline-cache skipping and jump targets.
 */
public final class Bytecode {
    private Bytecode() {}

    /**
     * One instruction. {@code offset} is the byte offset of its opcode unit; {@code oparg}
     * already includes the EXTENDED_ARG prefixes before it (which are instructions of their own,
     * as dis lists them). {@code next} is the offset after its inline caches.
     */
    public record Insn(int offset, int op, int oparg, int caches) {
        public int next() { return offset + 2 + 2 * caches; }
        public boolean isExtendedArg() { return op == Opcode.EXTENDED_ARG; }
        public boolean hasJump() { return Opcode.hasJump(op); }
        /** Byte offset a relative jump goes to; only for {@link #hasJump()}. */
        public int jumpTarget() { return Bytecode.jumpTarget(op, oparg, offset); }
    }

    /** Every instruction (EXTENDED_ARG included, CACHE units skipped) in order. */
    public static List<Insn> decode(byte[] code) {
        List<Insn> out = new ArrayList<>(code.length / 2);
        int ext = 0;
        for (int i = 0; i + 1 < code.length; ) {
            int op = code[i] & 0xff;
            int arg = (code[i + 1] & 0xff) | ext;
            int caches = Opcode.cacheEntries(op);
            out.add(new Insn(i, op, arg, caches));
            ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            i += 2 + 2 * caches;
        }
        return out;
    }

    /** Target byte offset of a relative jump at byte offset {@code offset}: relative to the end of its caches. */
    public static int jumpTarget(int op, int oparg, int offset) {
        int after = offset + 2 + 2 * Opcode.cacheEntries(op);
        return Opcode.isBackwardJump(op) ? after - 2 * oparg : after + 2 * oparg;
    }

    /** Number of EXTENDED_ARG prefixes an oparg needs. */
    public static int extendedArgs(int oparg) {
        return oparg > 0xffffff ? 3 : oparg > 0xffff ? 2 : oparg > 0xff ? 1 : 0;
    }

    /** Size in code units of an instruction with its prefixes and caches. */
    public static int units(int op, int oparg) { return 1 + extendedArgs(oparg) + Opcode.cacheEntries(op); }
}
