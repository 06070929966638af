package regpy.code;

import java.util.HashMap;
import java.util.Map;

/**
 * CPython 3.13's instruction set: opcode numbers exactly as 3.13's {@code dis.opmap} (including
 * the specialized and instrumented numbers, which dis may need to name), inline CACHE counts,
 * operand kinds, stack effects and the small operand tables (intrinsics, binary operators,
 * comparisons).
 *
 * <p>Code units are two bytes: opcode, oparg. Opcodes below {@link #HAVE_ARGUMENT} ignore their
 * oparg. Larger operands are prefixed by EXTENDED_ARG units. An instruction is followed by
 * {@code cacheEntries(op)} CACHE units that the specializing interpreter uses; jumps are relative
 * to the end of those caches. Numbers 256 and up are pseudo-instructions that only exist inside
 * the compiler. Stack comments read "inputs -> outputs", top of stack rightmost; A is the oparg.
 */
public final class Opcode {
    private Opcode() {}

    public static final int HAVE_ARGUMENT = 44;
    public static final int MIN_INSTRUMENTED_OPCODE = 236;
    public static final int MIN_PSEUDO_OPCODE = 256;
    public static final int TABLE_SIZE = 268;

    public static final int CACHE                                      =   0; // inline cache slot; never executed
    public static final int BEFORE_ASYNC_WITH                          =   1; // mgr -> __aexit__, __aenter__() awaitable
    public static final int BEFORE_WITH                                =   2; // mgr -> __exit__, __enter__() result
    public static final int BINARY_OP_INPLACE_ADD_UNICODE              =   3; // specialization of BINARY_OP
    public static final int BINARY_SLICE                               =   4; // container, start, end -> container[start:end]
    public static final int BINARY_SUBSCR                              =   5; // container, key -> container[key]
    public static final int CHECK_EG_MATCH                             =   6; // eg, type -> rest, match   (except* split)
    public static final int CHECK_EXC_MATCH                            =   7; // exc, type -> exc, isinstance(exc, type)
    public static final int CLEANUP_THROW                              =   8; // sub_iter, last_sent, exc -> none, value   (yield from throw() cleanup)
    public static final int DELETE_SUBSCR                              =   9; // container, key ->   del container[key]
    public static final int END_ASYNC_FOR                              =  10; // aiter, exc ->   swallow StopAsyncIteration, else re-raise
    public static final int END_FOR                                    =  11; // value ->   pops the value an exhausted FOR_ITER left
    public static final int END_SEND                                   =  12; // receiver, value -> value
    public static final int EXIT_INIT_CHECK                            =  13; // should_be_none ->   TypeError unless __init__ returned None
    public static final int FORMAT_SIMPLE                              =  14; // value -> format(value, "")
    public static final int FORMAT_WITH_SPEC                           =  15; // value, spec -> format(value, spec)
    public static final int GET_AITER                                  =  16; // obj -> obj.__aiter__()
    public static final int RESERVED                                   =  17; // unused opcode number
    public static final int GET_ANEXT                                  =  18; // aiter -> aiter, awaitable(aiter.__anext__())
    public static final int GET_ITER                                   =  19; // obj -> iter(obj)
    public static final int GET_LEN                                    =  20; // obj -> obj, len(obj)
    public static final int GET_YIELD_FROM_ITER                        =  21; // obj -> iter(obj) unless a generator/coroutine
    public static final int INTERPRETER_EXIT                           =  22; // value ->   leave the interpreter loop (internal)
    public static final int LOAD_ASSERTION_ERROR                       =  23; // -> AssertionError
    public static final int LOAD_BUILD_CLASS                           =  24; // -> builtins.__build_class__
    public static final int LOAD_LOCALS                                =  25; // -> locals mapping of the frame
    public static final int MAKE_FUNCTION                              =  26; // code -> function
    public static final int MATCH_KEYS                                 =  27; // subject, keys -> subject, keys, values tuple or None
    public static final int MATCH_MAPPING                              =  28; // subject -> subject, is Mapping
    public static final int MATCH_SEQUENCE                             =  29; // subject -> subject, is Sequence
    public static final int NOP                                        =  30; // do nothing (keeps a line number alive)
    public static final int POP_EXCEPT                                 =  31; // prev_exc ->   restore the handled exception
    public static final int POP_TOP                                    =  32; // value ->
    public static final int PUSH_EXC_INFO                              =  33; // exc -> prev_exc, exc   (enter an except handler)
    public static final int PUSH_NULL                                  =  34; // -> NULL   (callable slot filler before CALL)
    public static final int RETURN_GENERATOR                           =  35; // -> create the generator/coroutine object and return it
    public static final int RETURN_VALUE                               =  36; // value ->   return value to the caller
    public static final int SETUP_ANNOTATIONS                          =  37; // create __annotations__ in locals if missing
    public static final int STORE_SLICE                                =  38; // value, container, start, end ->   container[start:end] = value
    public static final int STORE_SUBSCR                               =  39; // value, container, key ->   container[key] = value
    public static final int TO_BOOL                                    =  40; // value -> bool(value)
    public static final int UNARY_INVERT                               =  41; // value -> ~value
    public static final int UNARY_NEGATIVE                             =  42; // value -> -value
    public static final int UNARY_NOT                                  =  43; // bool -> not bool  (operand is already a bool)
    public static final int WITH_EXCEPT_START                          =  44; // exit, lasti, prev, exc -> ..., exit(type, exc, tb)
    public static final int BINARY_OP                                  =  45; // lhs, rhs -> lhs OP rhs   (A = NB_* index, see NB_OPS)
    public static final int BUILD_CONST_KEY_MAP                        =  46; // v1..vA, keys_tuple -> dict
    public static final int BUILD_LIST                                 =  47; // v1..vA -> list
    public static final int BUILD_MAP                                  =  48; // k1, v1 .. kA, vA -> dict
    public static final int BUILD_SET                                  =  49; // v1..vA -> set
    public static final int BUILD_SLICE                                =  50; // start, stop[, step] -> slice   (A = 2 or 3)
    public static final int BUILD_STRING                               =  51; // s1..sA -> concatenation
    public static final int BUILD_TUPLE                                =  52; // v1..vA -> tuple
    public static final int CALL                                       =  53; // callable, self_or_null, a1..aA -> result
    public static final int CALL_FUNCTION_EX                           =  54; // callable, null, args_tuple[, kwargs] -> result   (A & 1: kwargs present)
    public static final int CALL_INTRINSIC_1                           =  55; // value -> INTRINSIC_1[A](value)
    public static final int CALL_INTRINSIC_2                           =  56; // v1, v2 -> INTRINSIC_2[A](v1, v2)
    public static final int CALL_KW                                    =  57; // callable, self_or_null, a1..aA, kwnames -> result
    public static final int COMPARE_OP                                 =  58; // lhs, rhs -> lhs CMP_OP[A>>5] rhs   (bit 4: coerce to bool)
    public static final int CONTAINS_OP                                =  59; // lhs, rhs -> lhs in rhs   (A = 1: not in)
    public static final int CONVERT_VALUE                              =  60; // value -> str/repr/ascii(value)   (A = 1, 2, 3)
    public static final int COPY                                       =  61; // ..., v_A .. -> ..., v_A .., v_A   (push a copy of the A-th item, 1 = top)
    public static final int COPY_FREE_VARS                             =  62; // copy A closure cells into the frame's free slots
    public static final int DELETE_ATTR                                =  63; // obj ->   del obj.NAMES[A]
    public static final int DELETE_DEREF                               =  64; // del the cell variable A
    public static final int DELETE_FAST                                =  65; // del local A
    public static final int DELETE_GLOBAL                              =  66; // del global NAMES[A]
    public static final int DELETE_NAME                                =  67; // del NAMES[A] from locals
    public static final int DICT_MERGE                                 =  68; // dict at STACK[-A-1] merged with TOS; duplicate keys are an error (call **)
    public static final int DICT_UPDATE                                =  69; // dict at STACK[-A-1] updated with TOS
    public static final int ENTER_EXECUTOR                             =  70; // tier-2 executor entry (internal)
    public static final int EXTENDED_ARG                               =  71; // prefix: next oparg |= A << 8
    public static final int FOR_ITER                                   =  72; // iter -> iter, next(iter); when exhausted jump forward A
    public static final int GET_AWAITABLE                              =  73; // obj -> awaitable(obj)   (A: context for error messages)
    public static final int IMPORT_FROM                                =  74; // module -> module, module.NAMES[A]
    public static final int IMPORT_NAME                                =  75; // level, fromlist -> __import__(NAMES[A], ...)
    public static final int IS_OP                                      =  76; // lhs, rhs -> lhs is rhs   (A = 1: is not)
    public static final int JUMP_BACKWARD                              =  77; // jump backward A code units (checks for interrupts)
    public static final int JUMP_BACKWARD_NO_INTERRUPT                 =  78; // jump backward A code units (no interrupt check)
    public static final int JUMP_FORWARD                               =  79; // jump forward A code units
    public static final int LIST_APPEND                                =  80; // list at STACK[-A-1] .append(TOS)
    public static final int LIST_EXTEND                                =  81; // list at STACK[-A-1] .extend(TOS)
    public static final int LOAD_ATTR                                  =  82; // obj -> obj.NAMES[A>>1]   (A & 1: method form, pushes meth, self_or_null)
    public static final int LOAD_CONST                                 =  83; // -> CONSTS[A]
    public static final int LOAD_DEREF                                 =  84; // -> cell/free variable A contents
    public static final int LOAD_FAST                                  =  85; // -> local A (known bound)
    public static final int LOAD_FAST_AND_CLEAR                        =  86; // -> local A or NULL; local A = NULL   (inlined comprehensions)
    public static final int LOAD_FAST_CHECK                            =  87; // -> local A, UnboundLocalError if unbound
    public static final int LOAD_FAST_LOAD_FAST                        =  88; // -> local A>>4, local A&15
    public static final int LOAD_FROM_DICT_OR_DEREF                    =  89; // mapping -> mapping[name of cell A] or cell A contents
    public static final int LOAD_FROM_DICT_OR_GLOBALS                  =  90; // mapping -> mapping[NAMES[A]] or global/builtin
    public static final int LOAD_GLOBAL                                =  91; // -> global NAMES[A>>1]   (A & 1: push NULL too)
    public static final int LOAD_NAME                                  =  92; // -> NAMES[A] from locals, globals, builtins
    public static final int LOAD_SUPER_ATTR                            =  93; // global_super, class, self -> super().NAMES[A>>2]   (A & 1: method, A & 2: two-arg form)
    public static final int MAKE_CELL                                  =  94; // wrap local A in a new cell
    public static final int MAP_ADD                                    =  95; // dict at STACK[-A-2] [key] = value; pops key, value
    public static final int MATCH_CLASS                                =  96; // subject, type, names -> attrs tuple or None   (A positional patterns)
    public static final int POP_JUMP_IF_FALSE                          =  97; // bool ->   jump forward A if false
    public static final int POP_JUMP_IF_NONE                           =  98; // value ->   jump forward A if None
    public static final int POP_JUMP_IF_NOT_NONE                       =  99; // value ->   jump forward A if not None
    public static final int POP_JUMP_IF_TRUE                           = 100; // bool ->   jump forward A if true
    public static final int RAISE_VARARGS                              = 101; // [exc[, cause]] ->   raise   (A = 0: re-raise, 1: exc, 2: exc from cause)
    public static final int RERAISE                                    = 102; // exc ->   re-raise; A != 0: restore f_lasti from the value below
    public static final int RETURN_CONST                               = 103; // return CONSTS[A]
    public static final int SEND                                       = 104; // receiver, value -> receiver, receiver.send(value); when done jump forward A
    public static final int SET_ADD                                    = 105; // set at STACK[-A-1] .add(TOS)
    public static final int SET_FUNCTION_ATTRIBUTE                     = 106; // value, func -> func   (A = FUNCTION_ATTR_* flag)
    public static final int SET_UPDATE                                 = 107; // set at STACK[-A-1] .update(TOS)
    public static final int STORE_ATTR                                 = 108; // value, obj ->   obj.NAMES[A] = value
    public static final int STORE_DEREF                                = 109; // value ->   cell/free variable A = value
    public static final int STORE_FAST                                 = 110; // value ->   local A = value
    public static final int STORE_FAST_LOAD_FAST                       = 111; // value -> local A>>4 = value; push local A&15
    public static final int STORE_FAST_STORE_FAST                      = 112; // v1, v2 ->   local A>>4 = v2; local A&15 = v1
    public static final int STORE_GLOBAL                               = 113; // value ->   global NAMES[A] = value
    public static final int STORE_NAME                                 = 114; // value ->   locals[NAMES[A]] = value
    public static final int SWAP                                       = 115; // swap TOS with the A-th item (1 = top)
    public static final int UNPACK_EX                                  = 116; // seq -> items with a starred list   (A & 0xff before, A >> 8 after)
    public static final int UNPACK_SEQUENCE                            = 117; // seq -> A items, last item pushed first
    public static final int YIELD_VALUE                                = 118; // value -> sent value   (suspend the generator)
    public static final int RESUME                                     = 149; // frame start / after yield   (A = 0 start, 1 after yield, 2 after yield from, 3 after await)
    public static final int BINARY_OP_ADD_FLOAT                        = 150; // specialization of BINARY_OP
    public static final int BINARY_OP_ADD_INT                          = 151; // specialization of BINARY_OP
    public static final int BINARY_OP_ADD_UNICODE                      = 152; // specialization of BINARY_OP
    public static final int BINARY_OP_MULTIPLY_FLOAT                   = 153; // specialization of BINARY_OP
    public static final int BINARY_OP_MULTIPLY_INT                     = 154; // specialization of BINARY_OP
    public static final int BINARY_OP_SUBTRACT_FLOAT                   = 155; // specialization of BINARY_OP
    public static final int BINARY_OP_SUBTRACT_INT                     = 156; // specialization of BINARY_OP
    public static final int BINARY_SUBSCR_DICT                         = 157; // specialization of BINARY_SUBSCR
    public static final int BINARY_SUBSCR_GETITEM                      = 158; // specialization of BINARY_SUBSCR
    public static final int BINARY_SUBSCR_LIST_INT                     = 159; // specialization of BINARY_SUBSCR
    public static final int BINARY_SUBSCR_STR_INT                      = 160; // specialization of BINARY_SUBSCR
    public static final int BINARY_SUBSCR_TUPLE_INT                    = 161; // specialization of BINARY_SUBSCR
    public static final int CALL_ALLOC_AND_ENTER_INIT                  = 162; // specialization of CALL
    public static final int CALL_BOUND_METHOD_EXACT_ARGS               = 163; // specialization of CALL
    public static final int CALL_BOUND_METHOD_GENERAL                  = 164; // specialization of CALL
    public static final int CALL_BUILTIN_CLASS                         = 165; // specialization of CALL
    public static final int CALL_BUILTIN_FAST                          = 166; // specialization of CALL
    public static final int CALL_BUILTIN_FAST_WITH_KEYWORDS            = 167; // specialization of CALL
    public static final int CALL_BUILTIN_O                             = 168; // specialization of CALL
    public static final int CALL_ISINSTANCE                            = 169; // specialization of CALL
    public static final int CALL_LEN                                   = 170; // specialization of CALL
    public static final int CALL_LIST_APPEND                           = 171; // specialization of CALL
    public static final int CALL_METHOD_DESCRIPTOR_FAST                = 172; // specialization of CALL
    public static final int CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS  = 173; // specialization of CALL
    public static final int CALL_METHOD_DESCRIPTOR_NOARGS              = 174; // specialization of CALL
    public static final int CALL_METHOD_DESCRIPTOR_O                   = 175; // specialization of CALL
    public static final int CALL_NON_PY_GENERAL                        = 176; // specialization of CALL
    public static final int CALL_PY_EXACT_ARGS                         = 177; // specialization of CALL
    public static final int CALL_PY_GENERAL                            = 178; // specialization of CALL
    public static final int CALL_STR_1                                 = 179; // specialization of CALL
    public static final int CALL_TUPLE_1                               = 180; // specialization of CALL
    public static final int CALL_TYPE_1                                = 181; // specialization of CALL
    public static final int COMPARE_OP_FLOAT                           = 182; // specialization of COMPARE_OP
    public static final int COMPARE_OP_INT                             = 183; // specialization of COMPARE_OP
    public static final int COMPARE_OP_STR                             = 184; // specialization of COMPARE_OP
    public static final int CONTAINS_OP_DICT                           = 185; // specialization of CONTAINS_OP
    public static final int CONTAINS_OP_SET                            = 186; // specialization of CONTAINS_OP
    public static final int FOR_ITER_GEN                               = 187; // specialization of FOR_ITER
    public static final int FOR_ITER_LIST                              = 188; // specialization of FOR_ITER
    public static final int FOR_ITER_RANGE                             = 189; // specialization of FOR_ITER
    public static final int FOR_ITER_TUPLE                             = 190; // specialization of FOR_ITER
    public static final int LOAD_ATTR_CLASS                            = 191; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN          = 192; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_INSTANCE_VALUE                   = 193; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_METHOD_LAZY_DICT                 = 194; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_METHOD_NO_DICT                   = 195; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_METHOD_WITH_VALUES               = 196; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_MODULE                           = 197; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_NONDESCRIPTOR_NO_DICT            = 198; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES        = 199; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_PROPERTY                         = 200; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_SLOT                             = 201; // specialization of LOAD_ATTR
    public static final int LOAD_ATTR_WITH_HINT                        = 202; // specialization of LOAD_ATTR
    public static final int LOAD_GLOBAL_BUILTIN                        = 203; // specialization of LOAD_GLOBAL
    public static final int LOAD_GLOBAL_MODULE                         = 204; // specialization of LOAD_GLOBAL
    public static final int LOAD_SUPER_ATTR_ATTR                       = 205; // specialization of LOAD_SUPER_ATTR
    public static final int LOAD_SUPER_ATTR_METHOD                     = 206; // specialization of LOAD_SUPER_ATTR
    public static final int RESUME_CHECK                               = 207; // specialization of RESUME
    public static final int SEND_GEN                                   = 208; // specialization of SEND
    public static final int STORE_ATTR_INSTANCE_VALUE                  = 209; // specialization of STORE_ATTR
    public static final int STORE_ATTR_SLOT                            = 210; // specialization of STORE_ATTR
    public static final int STORE_ATTR_WITH_HINT                       = 211; // specialization of STORE_ATTR
    public static final int STORE_SUBSCR_DICT                          = 212; // specialization of STORE_SUBSCR
    public static final int STORE_SUBSCR_LIST_INT                      = 213; // specialization of STORE_SUBSCR
    public static final int TO_BOOL_ALWAYS_TRUE                        = 214; // specialization of TO_BOOL
    public static final int TO_BOOL_BOOL                               = 215; // specialization of TO_BOOL
    public static final int TO_BOOL_INT                                = 216; // specialization of TO_BOOL
    public static final int TO_BOOL_LIST                               = 217; // specialization of TO_BOOL
    public static final int TO_BOOL_NONE                               = 218; // specialization of TO_BOOL
    public static final int TO_BOOL_STR                                = 219; // specialization of TO_BOOL
    public static final int UNPACK_SEQUENCE_LIST                       = 220; // specialization of UNPACK_SEQUENCE
    public static final int UNPACK_SEQUENCE_TUPLE                      = 221; // specialization of UNPACK_SEQUENCE
    public static final int UNPACK_SEQUENCE_TWO_TUPLE                  = 222; // specialization of UNPACK_SEQUENCE
    public static final int INSTRUMENTED_RESUME                        = 236; // instrumented form of RESUME
    public static final int INSTRUMENTED_END_FOR                       = 237; // instrumented form of END_FOR
    public static final int INSTRUMENTED_END_SEND                      = 238; // instrumented form of END_SEND
    public static final int INSTRUMENTED_RETURN_VALUE                  = 239; // instrumented form of RETURN_VALUE
    public static final int INSTRUMENTED_RETURN_CONST                  = 240; // instrumented form of RETURN_CONST
    public static final int INSTRUMENTED_YIELD_VALUE                   = 241; // instrumented form of YIELD_VALUE
    public static final int INSTRUMENTED_LOAD_SUPER_ATTR               = 242; // instrumented form of LOAD_SUPER_ATTR
    public static final int INSTRUMENTED_FOR_ITER                      = 243; // instrumented form of FOR_ITER
    public static final int INSTRUMENTED_CALL                          = 244; // instrumented form of CALL
    public static final int INSTRUMENTED_CALL_KW                       = 245; // instrumented form of CALL_KW
    public static final int INSTRUMENTED_CALL_FUNCTION_EX              = 246; // instrumented form of CALL_FUNCTION_EX
    public static final int INSTRUMENTED_INSTRUCTION                   = 247; // instrumented form of INSTRUCTION
    public static final int INSTRUMENTED_JUMP_FORWARD                  = 248; // instrumented form of JUMP_FORWARD
    public static final int INSTRUMENTED_JUMP_BACKWARD                 = 249; // instrumented form of JUMP_BACKWARD
    public static final int INSTRUMENTED_POP_JUMP_IF_TRUE              = 250; // instrumented form of POP_JUMP_IF_TRUE
    public static final int INSTRUMENTED_POP_JUMP_IF_FALSE             = 251; // instrumented form of POP_JUMP_IF_FALSE
    public static final int INSTRUMENTED_POP_JUMP_IF_NONE              = 252; // instrumented form of POP_JUMP_IF_NONE
    public static final int INSTRUMENTED_POP_JUMP_IF_NOT_NONE          = 253; // instrumented form of POP_JUMP_IF_NOT_NONE
    public static final int INSTRUMENTED_LINE                          = 254; // instrumented form of LINE
    public static final int JUMP                                       = 256; // pseudo: unconditional jump, becomes JUMP_FORWARD/JUMP_BACKWARD
    public static final int JUMP_NO_INTERRUPT                          = 257; // pseudo: jump, becomes JUMP_FORWARD/JUMP_BACKWARD_NO_INTERRUPT
    public static final int LOAD_CLOSURE                               = 258; // pseudo: becomes LOAD_FAST of a cell slot
    public static final int LOAD_METHOD                                = 259; // pseudo: LOAD_ATTR with the method bit
    public static final int LOAD_SUPER_METHOD                          = 260; // pseudo: LOAD_SUPER_ATTR, method form
    public static final int LOAD_ZERO_SUPER_ATTR                       = 261; // pseudo: LOAD_SUPER_ATTR, zero-argument super()
    public static final int LOAD_ZERO_SUPER_METHOD                     = 262; // pseudo: LOAD_SUPER_ATTR, zero-argument super() method
    public static final int POP_BLOCK                                  = 263; // pseudo: end of a protected region (removed by the assembler)
    public static final int SETUP_CLEANUP                              = 264; // pseudo: exception table entry, handler receives lasti and exc
    public static final int SETUP_FINALLY                              = 265; // pseudo: exception table entry, handler receives exc
    public static final int SETUP_WITH                                 = 266; // pseudo: exception table entry for a with block
    public static final int STORE_FAST_MAYBE_NULL                      = 267; // pseudo: STORE_FAST that may store NULL (comprehension cleanup)

    // ---- operand kinds --------------------------------------------------------------------------
    private static final int K_JUMP = 1, K_CONST = 2, K_NAME = 4, K_LOCAL = 8, K_FREE = 16, K_EXC = 32;

    private static final String[] NAMES = new String[TABLE_SIZE];
    private static final byte[] CACHES = new byte[TABLE_SIZE];
    private static final byte[] KINDS = new byte[TABLE_SIZE];
    /** For specialized opcodes, the generic opcode they stand for; identity otherwise. */
    private static final short[] DEOPT = new short[TABLE_SIZE];
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        for (int i = 0; i < TABLE_SIZE; i++) DEOPT[i] = (short) i;
        def(CACHE, "CACHE", 0, 0);
        def(BEFORE_ASYNC_WITH, "BEFORE_ASYNC_WITH", 0, 0);
        def(BEFORE_WITH, "BEFORE_WITH", 0, 0);
        specialized(BINARY_OP_INPLACE_ADD_UNICODE, "BINARY_OP_INPLACE_ADD_UNICODE", BINARY_OP);
        def(BINARY_SLICE, "BINARY_SLICE", 0, 0);
        def(BINARY_SUBSCR, "BINARY_SUBSCR", 1, 0);
        def(CHECK_EG_MATCH, "CHECK_EG_MATCH", 0, 0);
        def(CHECK_EXC_MATCH, "CHECK_EXC_MATCH", 0, 0);
        def(CLEANUP_THROW, "CLEANUP_THROW", 0, 0);
        def(DELETE_SUBSCR, "DELETE_SUBSCR", 0, 0);
        def(END_ASYNC_FOR, "END_ASYNC_FOR", 0, 0);
        def(END_FOR, "END_FOR", 0, 0);
        def(END_SEND, "END_SEND", 0, 0);
        def(EXIT_INIT_CHECK, "EXIT_INIT_CHECK", 0, 0);
        def(FORMAT_SIMPLE, "FORMAT_SIMPLE", 0, 0);
        def(FORMAT_WITH_SPEC, "FORMAT_WITH_SPEC", 0, 0);
        def(GET_AITER, "GET_AITER", 0, 0);
        def(RESERVED, "RESERVED", 0, 0);
        def(GET_ANEXT, "GET_ANEXT", 0, 0);
        def(GET_ITER, "GET_ITER", 0, 0);
        def(GET_LEN, "GET_LEN", 0, 0);
        def(GET_YIELD_FROM_ITER, "GET_YIELD_FROM_ITER", 0, 0);
        def(INTERPRETER_EXIT, "INTERPRETER_EXIT", 0, 0);
        def(LOAD_ASSERTION_ERROR, "LOAD_ASSERTION_ERROR", 0, 0);
        def(LOAD_BUILD_CLASS, "LOAD_BUILD_CLASS", 0, 0);
        def(LOAD_LOCALS, "LOAD_LOCALS", 0, 0);
        def(MAKE_FUNCTION, "MAKE_FUNCTION", 0, 0);
        def(MATCH_KEYS, "MATCH_KEYS", 0, 0);
        def(MATCH_MAPPING, "MATCH_MAPPING", 0, 0);
        def(MATCH_SEQUENCE, "MATCH_SEQUENCE", 0, 0);
        def(NOP, "NOP", 0, 0);
        def(POP_EXCEPT, "POP_EXCEPT", 0, 0);
        def(POP_TOP, "POP_TOP", 0, 0);
        def(PUSH_EXC_INFO, "PUSH_EXC_INFO", 0, 0);
        def(PUSH_NULL, "PUSH_NULL", 0, 0);
        def(RETURN_GENERATOR, "RETURN_GENERATOR", 0, 0);
        def(RETURN_VALUE, "RETURN_VALUE", 0, 0);
        def(SETUP_ANNOTATIONS, "SETUP_ANNOTATIONS", 0, 0);
        def(STORE_SLICE, "STORE_SLICE", 0, 0);
        def(STORE_SUBSCR, "STORE_SUBSCR", 1, 0);
        def(TO_BOOL, "TO_BOOL", 3, 0);
        def(UNARY_INVERT, "UNARY_INVERT", 0, 0);
        def(UNARY_NEGATIVE, "UNARY_NEGATIVE", 0, 0);
        def(UNARY_NOT, "UNARY_NOT", 0, 0);
        def(WITH_EXCEPT_START, "WITH_EXCEPT_START", 0, 0);
        def(BINARY_OP, "BINARY_OP", 1, 0);
        def(BUILD_CONST_KEY_MAP, "BUILD_CONST_KEY_MAP", 0, 0);
        def(BUILD_LIST, "BUILD_LIST", 0, 0);
        def(BUILD_MAP, "BUILD_MAP", 0, 0);
        def(BUILD_SET, "BUILD_SET", 0, 0);
        def(BUILD_SLICE, "BUILD_SLICE", 0, 0);
        def(BUILD_STRING, "BUILD_STRING", 0, 0);
        def(BUILD_TUPLE, "BUILD_TUPLE", 0, 0);
        def(CALL, "CALL", 3, 0);
        def(CALL_FUNCTION_EX, "CALL_FUNCTION_EX", 0, 0);
        def(CALL_INTRINSIC_1, "CALL_INTRINSIC_1", 0, 0);
        def(CALL_INTRINSIC_2, "CALL_INTRINSIC_2", 0, 0);
        def(CALL_KW, "CALL_KW", 0, 0);
        def(COMPARE_OP, "COMPARE_OP", 1, 0);
        def(CONTAINS_OP, "CONTAINS_OP", 1, 0);
        def(CONVERT_VALUE, "CONVERT_VALUE", 0, 0);
        def(COPY, "COPY", 0, 0);
        def(COPY_FREE_VARS, "COPY_FREE_VARS", 0, 0);
        def(DELETE_ATTR, "DELETE_ATTR", 0, K_NAME);
        def(DELETE_DEREF, "DELETE_DEREF", 0, K_FREE);
        def(DELETE_FAST, "DELETE_FAST", 0, K_LOCAL);
        def(DELETE_GLOBAL, "DELETE_GLOBAL", 0, K_NAME);
        def(DELETE_NAME, "DELETE_NAME", 0, K_NAME);
        def(DICT_MERGE, "DICT_MERGE", 0, 0);
        def(DICT_UPDATE, "DICT_UPDATE", 0, 0);
        def(ENTER_EXECUTOR, "ENTER_EXECUTOR", 0, 0);
        def(EXTENDED_ARG, "EXTENDED_ARG", 0, 0);
        def(FOR_ITER, "FOR_ITER", 1, K_JUMP);
        def(GET_AWAITABLE, "GET_AWAITABLE", 0, 0);
        def(IMPORT_FROM, "IMPORT_FROM", 0, K_NAME);
        def(IMPORT_NAME, "IMPORT_NAME", 0, K_NAME);
        def(IS_OP, "IS_OP", 0, 0);
        def(JUMP_BACKWARD, "JUMP_BACKWARD", 1, K_JUMP);
        def(JUMP_BACKWARD_NO_INTERRUPT, "JUMP_BACKWARD_NO_INTERRUPT", 0, K_JUMP);
        def(JUMP_FORWARD, "JUMP_FORWARD", 0, K_JUMP);
        def(LIST_APPEND, "LIST_APPEND", 0, 0);
        def(LIST_EXTEND, "LIST_EXTEND", 0, 0);
        def(LOAD_ATTR, "LOAD_ATTR", 9, K_NAME);
        def(LOAD_CONST, "LOAD_CONST", 0, K_CONST);
        def(LOAD_DEREF, "LOAD_DEREF", 0, K_FREE);
        def(LOAD_FAST, "LOAD_FAST", 0, K_LOCAL);
        def(LOAD_FAST_AND_CLEAR, "LOAD_FAST_AND_CLEAR", 0, K_LOCAL);
        def(LOAD_FAST_CHECK, "LOAD_FAST_CHECK", 0, K_LOCAL);
        def(LOAD_FAST_LOAD_FAST, "LOAD_FAST_LOAD_FAST", 0, K_LOCAL);
        def(LOAD_FROM_DICT_OR_DEREF, "LOAD_FROM_DICT_OR_DEREF", 0, K_FREE);
        def(LOAD_FROM_DICT_OR_GLOBALS, "LOAD_FROM_DICT_OR_GLOBALS", 0, K_NAME);
        def(LOAD_GLOBAL, "LOAD_GLOBAL", 4, K_NAME);
        def(LOAD_NAME, "LOAD_NAME", 0, K_NAME);
        def(LOAD_SUPER_ATTR, "LOAD_SUPER_ATTR", 1, K_NAME);
        def(MAKE_CELL, "MAKE_CELL", 0, K_FREE);
        def(MAP_ADD, "MAP_ADD", 0, 0);
        def(MATCH_CLASS, "MATCH_CLASS", 0, 0);
        def(POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", 1, K_JUMP);
        def(POP_JUMP_IF_NONE, "POP_JUMP_IF_NONE", 1, K_JUMP);
        def(POP_JUMP_IF_NOT_NONE, "POP_JUMP_IF_NOT_NONE", 1, K_JUMP);
        def(POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", 1, K_JUMP);
        def(RAISE_VARARGS, "RAISE_VARARGS", 0, 0);
        def(RERAISE, "RERAISE", 0, 0);
        def(RETURN_CONST, "RETURN_CONST", 0, K_CONST);
        def(SEND, "SEND", 1, K_JUMP);
        def(SET_ADD, "SET_ADD", 0, 0);
        def(SET_FUNCTION_ATTRIBUTE, "SET_FUNCTION_ATTRIBUTE", 0, 0);
        def(SET_UPDATE, "SET_UPDATE", 0, 0);
        def(STORE_ATTR, "STORE_ATTR", 4, K_NAME);
        def(STORE_DEREF, "STORE_DEREF", 0, K_FREE);
        def(STORE_FAST, "STORE_FAST", 0, K_LOCAL);
        def(STORE_FAST_LOAD_FAST, "STORE_FAST_LOAD_FAST", 0, K_LOCAL);
        def(STORE_FAST_STORE_FAST, "STORE_FAST_STORE_FAST", 0, K_LOCAL);
        def(STORE_GLOBAL, "STORE_GLOBAL", 0, K_NAME);
        def(STORE_NAME, "STORE_NAME", 0, K_NAME);
        def(SWAP, "SWAP", 0, 0);
        def(UNPACK_EX, "UNPACK_EX", 0, 0);
        def(UNPACK_SEQUENCE, "UNPACK_SEQUENCE", 1, 0);
        def(YIELD_VALUE, "YIELD_VALUE", 0, 0);
        def(RESUME, "RESUME", 0, 0);
        specialized(BINARY_OP_ADD_FLOAT, "BINARY_OP_ADD_FLOAT", BINARY_OP);
        specialized(BINARY_OP_ADD_INT, "BINARY_OP_ADD_INT", BINARY_OP);
        specialized(BINARY_OP_ADD_UNICODE, "BINARY_OP_ADD_UNICODE", BINARY_OP);
        specialized(BINARY_OP_MULTIPLY_FLOAT, "BINARY_OP_MULTIPLY_FLOAT", BINARY_OP);
        specialized(BINARY_OP_MULTIPLY_INT, "BINARY_OP_MULTIPLY_INT", BINARY_OP);
        specialized(BINARY_OP_SUBTRACT_FLOAT, "BINARY_OP_SUBTRACT_FLOAT", BINARY_OP);
        specialized(BINARY_OP_SUBTRACT_INT, "BINARY_OP_SUBTRACT_INT", BINARY_OP);
        specialized(BINARY_SUBSCR_DICT, "BINARY_SUBSCR_DICT", BINARY_SUBSCR);
        specialized(BINARY_SUBSCR_GETITEM, "BINARY_SUBSCR_GETITEM", BINARY_SUBSCR);
        specialized(BINARY_SUBSCR_LIST_INT, "BINARY_SUBSCR_LIST_INT", BINARY_SUBSCR);
        specialized(BINARY_SUBSCR_STR_INT, "BINARY_SUBSCR_STR_INT", BINARY_SUBSCR);
        specialized(BINARY_SUBSCR_TUPLE_INT, "BINARY_SUBSCR_TUPLE_INT", BINARY_SUBSCR);
        specialized(CALL_ALLOC_AND_ENTER_INIT, "CALL_ALLOC_AND_ENTER_INIT", CALL);
        specialized(CALL_BOUND_METHOD_EXACT_ARGS, "CALL_BOUND_METHOD_EXACT_ARGS", CALL);
        specialized(CALL_BOUND_METHOD_GENERAL, "CALL_BOUND_METHOD_GENERAL", CALL);
        specialized(CALL_BUILTIN_CLASS, "CALL_BUILTIN_CLASS", CALL);
        specialized(CALL_BUILTIN_FAST, "CALL_BUILTIN_FAST", CALL);
        specialized(CALL_BUILTIN_FAST_WITH_KEYWORDS, "CALL_BUILTIN_FAST_WITH_KEYWORDS", CALL);
        specialized(CALL_BUILTIN_O, "CALL_BUILTIN_O", CALL);
        specialized(CALL_ISINSTANCE, "CALL_ISINSTANCE", CALL);
        specialized(CALL_LEN, "CALL_LEN", CALL);
        specialized(CALL_LIST_APPEND, "CALL_LIST_APPEND", CALL);
        specialized(CALL_METHOD_DESCRIPTOR_FAST, "CALL_METHOD_DESCRIPTOR_FAST", CALL);
        specialized(CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS, "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", CALL);
        specialized(CALL_METHOD_DESCRIPTOR_NOARGS, "CALL_METHOD_DESCRIPTOR_NOARGS", CALL);
        specialized(CALL_METHOD_DESCRIPTOR_O, "CALL_METHOD_DESCRIPTOR_O", CALL);
        specialized(CALL_NON_PY_GENERAL, "CALL_NON_PY_GENERAL", CALL);
        specialized(CALL_PY_EXACT_ARGS, "CALL_PY_EXACT_ARGS", CALL);
        specialized(CALL_PY_GENERAL, "CALL_PY_GENERAL", CALL);
        specialized(CALL_STR_1, "CALL_STR_1", CALL);
        specialized(CALL_TUPLE_1, "CALL_TUPLE_1", CALL);
        specialized(CALL_TYPE_1, "CALL_TYPE_1", CALL);
        specialized(COMPARE_OP_FLOAT, "COMPARE_OP_FLOAT", COMPARE_OP);
        specialized(COMPARE_OP_INT, "COMPARE_OP_INT", COMPARE_OP);
        specialized(COMPARE_OP_STR, "COMPARE_OP_STR", COMPARE_OP);
        specialized(CONTAINS_OP_DICT, "CONTAINS_OP_DICT", CONTAINS_OP);
        specialized(CONTAINS_OP_SET, "CONTAINS_OP_SET", CONTAINS_OP);
        specialized(FOR_ITER_GEN, "FOR_ITER_GEN", FOR_ITER);
        specialized(FOR_ITER_LIST, "FOR_ITER_LIST", FOR_ITER);
        specialized(FOR_ITER_RANGE, "FOR_ITER_RANGE", FOR_ITER);
        specialized(FOR_ITER_TUPLE, "FOR_ITER_TUPLE", FOR_ITER);
        specialized(LOAD_ATTR_CLASS, "LOAD_ATTR_CLASS", LOAD_ATTR);
        specialized(LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN, "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", LOAD_ATTR);
        specialized(LOAD_ATTR_INSTANCE_VALUE, "LOAD_ATTR_INSTANCE_VALUE", LOAD_ATTR);
        specialized(LOAD_ATTR_METHOD_LAZY_DICT, "LOAD_ATTR_METHOD_LAZY_DICT", LOAD_ATTR);
        specialized(LOAD_ATTR_METHOD_NO_DICT, "LOAD_ATTR_METHOD_NO_DICT", LOAD_ATTR);
        specialized(LOAD_ATTR_METHOD_WITH_VALUES, "LOAD_ATTR_METHOD_WITH_VALUES", LOAD_ATTR);
        specialized(LOAD_ATTR_MODULE, "LOAD_ATTR_MODULE", LOAD_ATTR);
        specialized(LOAD_ATTR_NONDESCRIPTOR_NO_DICT, "LOAD_ATTR_NONDESCRIPTOR_NO_DICT", LOAD_ATTR);
        specialized(LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES, "LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES", LOAD_ATTR);
        specialized(LOAD_ATTR_PROPERTY, "LOAD_ATTR_PROPERTY", LOAD_ATTR);
        specialized(LOAD_ATTR_SLOT, "LOAD_ATTR_SLOT", LOAD_ATTR);
        specialized(LOAD_ATTR_WITH_HINT, "LOAD_ATTR_WITH_HINT", LOAD_ATTR);
        specialized(LOAD_GLOBAL_BUILTIN, "LOAD_GLOBAL_BUILTIN", LOAD_GLOBAL);
        specialized(LOAD_GLOBAL_MODULE, "LOAD_GLOBAL_MODULE", LOAD_GLOBAL);
        specialized(LOAD_SUPER_ATTR_ATTR, "LOAD_SUPER_ATTR_ATTR", LOAD_SUPER_ATTR);
        specialized(LOAD_SUPER_ATTR_METHOD, "LOAD_SUPER_ATTR_METHOD", LOAD_SUPER_ATTR);
        specialized(RESUME_CHECK, "RESUME_CHECK", RESUME);
        specialized(SEND_GEN, "SEND_GEN", SEND);
        specialized(STORE_ATTR_INSTANCE_VALUE, "STORE_ATTR_INSTANCE_VALUE", STORE_ATTR);
        specialized(STORE_ATTR_SLOT, "STORE_ATTR_SLOT", STORE_ATTR);
        specialized(STORE_ATTR_WITH_HINT, "STORE_ATTR_WITH_HINT", STORE_ATTR);
        specialized(STORE_SUBSCR_DICT, "STORE_SUBSCR_DICT", STORE_SUBSCR);
        specialized(STORE_SUBSCR_LIST_INT, "STORE_SUBSCR_LIST_INT", STORE_SUBSCR);
        specialized(TO_BOOL_ALWAYS_TRUE, "TO_BOOL_ALWAYS_TRUE", TO_BOOL);
        specialized(TO_BOOL_BOOL, "TO_BOOL_BOOL", TO_BOOL);
        specialized(TO_BOOL_INT, "TO_BOOL_INT", TO_BOOL);
        specialized(TO_BOOL_LIST, "TO_BOOL_LIST", TO_BOOL);
        specialized(TO_BOOL_NONE, "TO_BOOL_NONE", TO_BOOL);
        specialized(TO_BOOL_STR, "TO_BOOL_STR", TO_BOOL);
        specialized(UNPACK_SEQUENCE_LIST, "UNPACK_SEQUENCE_LIST", UNPACK_SEQUENCE);
        specialized(UNPACK_SEQUENCE_TUPLE, "UNPACK_SEQUENCE_TUPLE", UNPACK_SEQUENCE);
        specialized(UNPACK_SEQUENCE_TWO_TUPLE, "UNPACK_SEQUENCE_TWO_TUPLE", UNPACK_SEQUENCE);
        def(INSTRUMENTED_RESUME, "INSTRUMENTED_RESUME", 0, 0);
        def(INSTRUMENTED_END_FOR, "INSTRUMENTED_END_FOR", 0, 0);
        def(INSTRUMENTED_END_SEND, "INSTRUMENTED_END_SEND", 0, 0);
        def(INSTRUMENTED_RETURN_VALUE, "INSTRUMENTED_RETURN_VALUE", 0, 0);
        def(INSTRUMENTED_RETURN_CONST, "INSTRUMENTED_RETURN_CONST", 0, K_CONST);
        def(INSTRUMENTED_YIELD_VALUE, "INSTRUMENTED_YIELD_VALUE", 0, 0);
        def(INSTRUMENTED_LOAD_SUPER_ATTR, "INSTRUMENTED_LOAD_SUPER_ATTR", 0, 0);
        def(INSTRUMENTED_FOR_ITER, "INSTRUMENTED_FOR_ITER", 0, 0);
        def(INSTRUMENTED_CALL, "INSTRUMENTED_CALL", 0, 0);
        def(INSTRUMENTED_CALL_KW, "INSTRUMENTED_CALL_KW", 0, 0);
        def(INSTRUMENTED_CALL_FUNCTION_EX, "INSTRUMENTED_CALL_FUNCTION_EX", 0, 0);
        def(INSTRUMENTED_INSTRUCTION, "INSTRUMENTED_INSTRUCTION", 0, 0);
        def(INSTRUMENTED_JUMP_FORWARD, "INSTRUMENTED_JUMP_FORWARD", 0, 0);
        def(INSTRUMENTED_JUMP_BACKWARD, "INSTRUMENTED_JUMP_BACKWARD", 0, 0);
        def(INSTRUMENTED_POP_JUMP_IF_TRUE, "INSTRUMENTED_POP_JUMP_IF_TRUE", 0, 0);
        def(INSTRUMENTED_POP_JUMP_IF_FALSE, "INSTRUMENTED_POP_JUMP_IF_FALSE", 0, 0);
        def(INSTRUMENTED_POP_JUMP_IF_NONE, "INSTRUMENTED_POP_JUMP_IF_NONE", 0, 0);
        def(INSTRUMENTED_POP_JUMP_IF_NOT_NONE, "INSTRUMENTED_POP_JUMP_IF_NOT_NONE", 0, 0);
        def(INSTRUMENTED_LINE, "INSTRUMENTED_LINE", 0, 0);
        def(JUMP, "JUMP", 0, K_JUMP);
        def(JUMP_NO_INTERRUPT, "JUMP_NO_INTERRUPT", 0, K_JUMP);
        def(LOAD_CLOSURE, "LOAD_CLOSURE", 0, K_LOCAL);
        def(LOAD_METHOD, "LOAD_METHOD", 0, K_NAME);
        def(LOAD_SUPER_METHOD, "LOAD_SUPER_METHOD", 0, K_NAME);
        def(LOAD_ZERO_SUPER_ATTR, "LOAD_ZERO_SUPER_ATTR", 0, K_NAME);
        def(LOAD_ZERO_SUPER_METHOD, "LOAD_ZERO_SUPER_METHOD", 0, K_NAME);
        def(POP_BLOCK, "POP_BLOCK", 0, 0);
        def(SETUP_CLEANUP, "SETUP_CLEANUP", 0, K_EXC);
        def(SETUP_FINALLY, "SETUP_FINALLY", 0, K_EXC);
        def(SETUP_WITH, "SETUP_WITH", 0, K_EXC);
        def(STORE_FAST_MAYBE_NULL, "STORE_FAST_MAYBE_NULL", 0, K_LOCAL);
    }

    private static void def(int op, String name, int caches, int kinds) {
        NAMES[op] = name;
        CACHES[op] = (byte) caches;
        KINDS[op] = (byte) kinds;
        BY_NAME.put(name, op);
    }

    private static void specialized(int op, String name, int base) {
        def(op, name, CACHES[base], KINDS[base]);
        DEOPT[op] = (short) base;
    }

    /** The opcode's name, or "<N>" for an unassigned number (as dis prints it). */
    public static String name(int op) {
        String n = op >= 0 && op < TABLE_SIZE ? NAMES[op] : null;
        return n != null ? n : "<" + op + ">";
    }

    /** The opcode number for a name, or -1. */
    public static int byName(String name) { return BY_NAME.getOrDefault(name, -1); }

    public static boolean isValid(int op) { return op >= 0 && op < TABLE_SIZE && NAMES[op] != null; }
    /**
     * Whether the opcode uses its oparg (dis's hasarg). Mostly op >= HAVE_ARGUMENT, but a few
     * opcodes above the line ignore theirs; specialized opcodes answer as their generic form.
     */
    public static boolean hasArg(int op) {
        op = deopt(op);
        return switch (op) {
            case WITH_EXCEPT_START, POP_BLOCK, INSTRUMENTED_CALL_FUNCTION_EX, INSTRUMENTED_END_FOR,
                 INSTRUMENTED_END_SEND, INSTRUMENTED_INSTRUCTION, INSTRUMENTED_LINE, INSTRUMENTED_RETURN_VALUE -> false;
            default -> op >= HAVE_ARGUMENT;
        };
    }
    public static int cacheEntries(int op) { return op >= 0 && op < TABLE_SIZE ? CACHES[op] : 0; }
    public static int deopt(int op) { return op >= 0 && op < TABLE_SIZE ? DEOPT[op] : op; }
    public static boolean isPseudo(int op) { return op >= MIN_PSEUDO_OPCODE; }
    public static boolean hasJump(int op) { return (kinds(op) & K_JUMP) != 0; }
    public static boolean hasConst(int op) { return (kinds(op) & K_CONST) != 0; }
    public static boolean hasName(int op) { return (kinds(op) & K_NAME) != 0; }
    public static boolean hasLocal(int op) { return (kinds(op) & K_LOCAL) != 0; }
    public static boolean hasFree(int op) { return (kinds(op) & K_FREE) != 0; }
    public static boolean hasExc(int op) { return (kinds(op) & K_EXC) != 0; }
    private static int kinds(int op) { return op >= 0 && op < TABLE_SIZE ? KINDS[op] : 0; }

    /** Relative jumps that go backward (the others go forward). */
    public static boolean isBackwardJump(int op) {
        op = deopt(op);
        return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT || op == INSTRUMENTED_JUMP_BACKWARD;
    }

    /** Unconditional jumps, real or pseudo. */
    public static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    /** Instructions after which control never falls through to the next one. */
    public static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE;
    }

    /** Pseudo-instructions that open a protected region (exception table entry). */
    public static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    /**
     * Net stack effect of one instruction (as 3.13's dis.stack_effect); {@code jump} selects the
     * effect along the branch for the few opcodes where the two differ (the SETUP_* pseudo ops).
     */
    public static int stackEffect(int op, int oparg, boolean jump) {
        return switch (op) {
            case NOP, RESERVED, GET_ITER, GET_AITER, GET_YIELD_FROM_ITER, FORMAT_SIMPLE, MAKE_FUNCTION,
                 SETUP_ANNOTATIONS, TO_BOOL, UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT, CHECK_EG_MATCH,
                 CHECK_EXC_MATCH, CALL_INTRINSIC_1, CONVERT_VALUE, COPY_FREE_VARS, DELETE_DEREF, DELETE_FAST,
                 DELETE_GLOBAL, DELETE_NAME, ENTER_EXECUTOR, EXTENDED_ARG, GET_AWAITABLE, JUMP_BACKWARD,
                 JUMP_BACKWARD_NO_INTERRUPT, JUMP_FORWARD, LOAD_FROM_DICT_OR_DEREF, LOAD_FROM_DICT_OR_GLOBALS,
                 MAKE_CELL, RETURN_CONST, SEND, STORE_FAST_LOAD_FAST, SWAP, YIELD_VALUE, RESUME, JUMP,
                 JUMP_NO_INTERRUPT, POP_BLOCK -> 0;
            case BEFORE_ASYNC_WITH, BEFORE_WITH, GET_ANEXT, GET_LEN, LOAD_ASSERTION_ERROR, LOAD_BUILD_CLASS,
                 LOAD_LOCALS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, PUSH_EXC_INFO, PUSH_NULL,
                 RETURN_GENERATOR, WITH_EXCEPT_START, COPY, FOR_ITER, IMPORT_FROM, LOAD_CONST, LOAD_DEREF,
                 LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_FAST_CHECK, LOAD_NAME, LOAD_CLOSURE, LOAD_METHOD -> 1;
            case BINARY_SUBSCR, CLEANUP_THROW, END_FOR, END_SEND, EXIT_INIT_CHECK, FORMAT_WITH_SPEC,
                 INTERPRETER_EXIT, POP_EXCEPT, POP_TOP, RETURN_VALUE, BINARY_OP, CALL_INTRINSIC_2,
                 COMPARE_OP, CONTAINS_OP, DELETE_ATTR, DICT_MERGE, DICT_UPDATE, IMPORT_NAME, IS_OP,
                 LIST_APPEND, LIST_EXTEND, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                 POP_JUMP_IF_TRUE, RERAISE, SET_ADD, SET_FUNCTION_ATTRIBUTE, SET_UPDATE, STORE_DEREF,
                 STORE_FAST, STORE_GLOBAL, STORE_NAME, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR,
                 LOAD_ZERO_SUPER_METHOD, STORE_FAST_MAYBE_NULL -> -1;
            case BINARY_SLICE, DELETE_SUBSCR, END_ASYNC_FOR, MAP_ADD, MATCH_CLASS, STORE_ATTR,
                 STORE_FAST_STORE_FAST -> -2;
            case STORE_SUBSCR -> -3;
            case STORE_SLICE -> -4;
            case LOAD_FAST_LOAD_FAST -> 2;
            case BUILD_CONST_KEY_MAP, RAISE_VARARGS -> -oparg;
            case BUILD_LIST, BUILD_SET, BUILD_TUPLE, BUILD_STRING -> 1 - oparg;
            case BUILD_MAP -> 1 - 2 * oparg;
            case BUILD_SLICE -> oparg == 3 ? -2 : -1;
            case CALL -> -1 - oparg;
            case CALL_KW -> -2 - oparg;
            case CALL_FUNCTION_EX -> -2 - (oparg & 1);
            case LOAD_ATTR -> oparg & 1;
            case LOAD_GLOBAL -> 1 + (oparg & 1);
            case LOAD_SUPER_ATTR -> -2 + (oparg & 1);
            case UNPACK_EX -> (oparg & 0xff) + (oparg >> 8);
            case UNPACK_SEQUENCE -> oparg - 1;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            case SETUP_FINALLY, SETUP_WITH -> jump ? 1 : 0;
            default -> throw new IllegalArgumentException("no stack effect for " + name(op));
        };
    }

    // ---- operand tables -------------------------------------------------------------------------

    /** CALL_INTRINSIC_1 operands. */
    public static final String[] INTRINSIC_1 = {
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
    };
    public static final int INTRINSIC_PRINT = 1, INTRINSIC_IMPORT_STAR = 2, INTRINSIC_STOPITERATION_ERROR = 3,
            INTRINSIC_ASYNC_GEN_WRAP = 4, INTRINSIC_UNARY_POSITIVE = 5, INTRINSIC_LIST_TO_TUPLE = 6,
            INTRINSIC_TYPEVAR = 7, INTRINSIC_PARAMSPEC = 8, INTRINSIC_TYPEVARTUPLE = 9,
            INTRINSIC_SUBSCRIPT_GENERIC = 10, INTRINSIC_TYPEALIAS = 11;

    /** CALL_INTRINSIC_2 operands. */
    public static final String[] INTRINSIC_2 = {
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    };
    public static final int INTRINSIC_PREP_RERAISE_STAR = 1, INTRINSIC_TYPEVAR_WITH_BOUND = 2,
            INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3, INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4,
            INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

    /** BINARY_OP operands (NB_*), as dis prints them; index 13 and up are the in-place forms. */
    public static final String[] NB_OPS = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };
    public static final int NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
            NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
            NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_ADD = 13;

    /**
     * COMPARE_OP: oparg = (cmp << 5) | COERCE_TO_BOOL? | mask. The low four bits are the mask the
     * specializer tests (which outcomes of a three-way comparison mean true); bit 4 asks for the
     * result converted to bool (set when the compiler fuses a following TO_BOOL).
     */
    public static final String[] CMP_OPS = {"<", "<=", "==", "!=", ">", ">="};
    public static final int CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
    public static final int COMPARE_TO_BOOL = 16;
    private static final int LESS = 2, GREATER = 4, EQUAL = 8;
    private static final int UNORDERED = 1;
    private static final int[] CMP_MASKS = {LESS, LESS | EQUAL, EQUAL, UNORDERED | LESS | GREATER, GREATER, GREATER | EQUAL};

    /** The COMPARE_OP oparg the compiler emits for a comparison (without the bool bit). */
    public static int compareOparg(int cmp) { return (cmp << 5) | CMP_MASKS[cmp]; }

    /** SET_FUNCTION_ATTRIBUTE operands, and dis's names for them (MAKE_FUNCTION_FLAGS). */
    public static final int FN_DEFAULTS = 1, FN_KWDEFAULTS = 2, FN_ANNOTATIONS = 4, FN_CLOSURE = 8;
    public static final String[] FUNCTION_ATTR_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    /** CONVERT_VALUE operands; index 0 is no conversion. */
    public static final String[] CONVERSIONS = {"", "str", "repr", "ascii"};

    /** RESUME operands: where the frame resumes. */
    public static final int RESUME_AT_FUNC_START = 0, RESUME_AFTER_YIELD = 1, RESUME_AFTER_YIELD_FROM = 2,
            RESUME_AFTER_AWAIT = 3;
}
