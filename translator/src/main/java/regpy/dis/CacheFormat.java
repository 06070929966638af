package regpy.dis;

import java.util.List;
import java.util.Map;
import regpy.code.Opcode;

/** The named fields of each opcode's inline cache (CPython 3.13's {@code opcode._cache_format}). */
final class CacheFormat {
    private CacheFormat() {}

    record Field(String name, int size) {}

    private static final List<Field> COUNTER = List.of(new Field("counter", 1));

    private static final Map<Integer, List<Field>> FORMATS = Map.ofEntries(
        Map.entry(Opcode.LOAD_GLOBAL, List.of(new Field("counter", 1), new Field("index", 1),
                new Field("module_keys_version", 1), new Field("builtin_keys_version", 1))),
        Map.entry(Opcode.BINARY_OP, COUNTER),
        Map.entry(Opcode.UNPACK_SEQUENCE, COUNTER),
        Map.entry(Opcode.COMPARE_OP, COUNTER),
        Map.entry(Opcode.CONTAINS_OP, COUNTER),
        Map.entry(Opcode.BINARY_SUBSCR, COUNTER),
        Map.entry(Opcode.FOR_ITER, COUNTER),
        Map.entry(Opcode.LOAD_SUPER_ATTR, COUNTER),
        Map.entry(Opcode.LOAD_ATTR, List.of(new Field("counter", 1), new Field("version", 2),
                new Field("keys_version", 2), new Field("descr", 4))),
        Map.entry(Opcode.STORE_ATTR, List.of(new Field("counter", 1), new Field("version", 2), new Field("index", 1))),
        Map.entry(Opcode.CALL, List.of(new Field("counter", 1), new Field("func_version", 2))),
        Map.entry(Opcode.STORE_SUBSCR, COUNTER),
        Map.entry(Opcode.SEND, COUNTER),
        Map.entry(Opcode.JUMP_BACKWARD, COUNTER),
        Map.entry(Opcode.TO_BOOL, List.of(new Field("counter", 1), new Field("version", 2))),
        Map.entry(Opcode.POP_JUMP_IF_TRUE, COUNTER),
        Map.entry(Opcode.POP_JUMP_IF_FALSE, COUNTER),
        Map.entry(Opcode.POP_JUMP_IF_NONE, COUNTER),
        Map.entry(Opcode.POP_JUMP_IF_NOT_NONE, COUNTER));

    static List<Field> of(int deoptOp) { return FORMATS.getOrDefault(deoptOp, List.of()); }
}
