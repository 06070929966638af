package regpy.dis;

import java.util.List;
import regpy.code.LineTable;

/**
 * One decoded instruction, with the fields of CPython 3.13's {@code dis.Instruction}.
 *
 * @param arg        the oparg (EXTENDED_ARG prefixes folded in), or null for opcodes without one
 * @param argval     the resolved argument: a constant, a name, a jump target offset, a pair of
 *                   names for the FAST superinstructions, a comparison string, or the raw arg
 * @param argrepr    dis's text for the argument ("" when none)
 * @param offset     byte offset of the opcode unit
 * @param startOffset offset including any EXTENDED_ARG prefixes
 * @param startsLine whether a new source line starts here
 * @param lineNumber the source line, or null
 * @param label      the label number if this is a jump/exception target, or null
 * @param positions  source span
 * @param cacheInfo  the inline caches following the instruction (empty when none)
 */
public record Instruction(String opname, int opcode, Integer arg, Object argval, String argrepr, int offset,
                          int startOffset, boolean startsLine, Integer lineNumber, Integer label,
                          LineTable.Position positions, List<CacheEntry> cacheInfo) {

    /** One named field of an instruction's inline cache ({@code opcode._cache_format}). */
    public record CacheEntry(String name, int size, byte[] data) {
        public long value() {
            long v = 0;
            for (int i = data.length - 1; i >= 0; i--) v = v << 8 | (data[i] & 0xff);
            return v;
        }
    }

    /** Jump target offset for jump instructions, else null. */
    public Integer jumpTarget() {
        return regpy.code.Opcode.hasJump(opcode) && arg != null
                ? regpy.code.Bytecode.jumpTarget(opcode, arg, offset) : null;
    }
}
