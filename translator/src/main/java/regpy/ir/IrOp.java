package regpy.ir;

/**
 * The register IR's instruction set: the one place where its opcodes and their meaning are defined.
 *
 * <p>Notation (as in Lua's lopcodes.h): {@code R[A]}, {@code R[A2]} .. are the output registers
 * (outs[0], outs[1] ..); {@code X[B]}, {@code X[C]}, {@code X[D]} .. the input operands (ins[0], ins[1] ..),
 * each a register, a constant K[n] or NULL ({@link Operand}); {@code X[B..]} all inputs from B on;
 * {@code arg} the immediate; {@code N[arg]} co_names[arg]; {@code T} the jump target; {@code $} the
 * inline cache slot. Rules every engine relies on: all inputs are read before any output is written;
 * an instruction that raises writes no output; control continues at the next instruction unless
 * stated. The operations are the runtime layer's abstract operations, named as CPython's opcodes
 * where one exists, so an engine maps each to one runtime entry point.
 */
public enum IrOp {
    // ---- moves and frame slots ----------------------------------------------------------------
    MOVE(Flags.PURE,                  "R[A] := X[B]                      (copy; X[B] may be NULL, e.g. restoring a cleared local)"),
    CHECK_BOUND(0,                    "if R[B] is unbound: raise UnboundLocalError for local B   (LOAD_FAST_CHECK)"),
    LOAD_AND_CLEAR(Flags.PURE,        "R[A] := R[B] (may be NULL); R[B] := NULL   (LOAD_FAST_AND_CLEAR, inlined comprehensions)"),
    DELETE_FAST(0,                    "if R[B] is unbound: raise UnboundLocalError; R[B] := NULL"),
    MAKE_CELL(Flags.PURE,             "R[B] := new cell holding R[B] (or empty if unbound)"),
    COPY_FREE_VARS(Flags.PURE,        "the last arg registers of the locals-plus area := the function's closure cells"),
    LOAD_DEREF(0,                     "R[A] := contents of cell R[B]      (NameError if empty)"),
    STORE_DEREF(0,                    "contents of cell R[B] := X[C]"),
    DELETE_DEREF(0,                   "contents of cell R[B] := empty     (NameError if already empty)"),
    LOAD_FROM_DICT_OR_DEREF(0,        "R[A] := X[B][name of cell C] if present, else contents of cell R[C]"),

    // ---- names: globals, builtins, the locals mapping -----------------------------------------
    LOAD_GLOBAL(0,                    "R[A] := globals[N[arg]], else builtins[N[arg]]   (cache $)"),
    STORE_GLOBAL(0,                   "globals[N[arg]] := X[B]"),
    DELETE_GLOBAL(0,                  "del globals[N[arg]]"),
    LOAD_NAME(0,                      "R[A] := N[arg] looked up in locals, globals, builtins"),
    STORE_NAME(0,                     "locals[N[arg]] := X[B]"),
    DELETE_NAME(0,                    "del locals[N[arg]]"),
    LOAD_FROM_DICT_OR_GLOBALS(0,      "R[A] := X[B][N[arg]] if present, else global or builtin N[arg]"),
    LOAD_LOCALS(0,                    "R[A] := the frame's locals mapping"),
    LOAD_BUILD_CLASS(0,               "R[A] := builtins.__build_class__"),
    LOAD_ASSERTION_ERROR(Flags.PURE,  "R[A] := AssertionError"),
    SETUP_ANNOTATIONS(0,              "locals['__annotations__'] := {} if missing"),

    // ---- attributes ----------------------------------------------------------------------------
    LOAD_ATTR(0,                      "R[A] := X[B].N[arg]                  (cache $)"),
    LOAD_METHOD(0,                    "R[A], R[A2] := method X[B].N[arg], X[B] if it is a plain method, else X[B].N[arg], NULL   (cache $)"),
    LOAD_SUPER_ATTR(0,                "R[A] := super(X[C], X[D]).N[arg>>2]   (X[B] the global super; arg&2: two-argument form)"),
    LOAD_SUPER_METHOD(0,              "R[A], R[A2] := method form of LOAD_SUPER_ATTR (meth, self or attr, NULL)"),
    STORE_ATTR(0,                     "X[C].N[arg] := X[B]"),
    DELETE_ATTR(0,                    "del X[B].N[arg]"),

    // ---- subscripts ----------------------------------------------------------------------------
    GET_ITEM(0,                       "R[A] := X[B][X[C]]"),
    SET_ITEM(0,                       "X[C][X[D]] := X[B]"),
    DELETE_ITEM(0,                    "del X[B][X[C]]"),
    GET_SLICE(0,                      "R[A] := X[B][X[C]:X[D]]"),
    SET_SLICE(0,                      "X[C][X[D]:X[E]] := X[B]"),

    // ---- operators -----------------------------------------------------------------------------
    BINARY(0,                         "R[A] := X[B] op X[C]      op = NB_OPS[arg] (arg >= 13: in-place form)"),
    NEGATIVE(0,                       "R[A] := -X[B]"),
    INVERT(0,                         "R[A] := ~X[B]"),
    NOT(Flags.PURE,                   "R[A] := not X[B]          (X[B] is a bool)"),
    TO_BOOL(0,                        "R[A] := bool(X[B])"),
    COMPARE(0,                        "R[A] := X[B] CMP_OPS[arg>>5] X[C]; arg&16: converted with bool()"),
    IS(Flags.PURE,                    "R[A] := (X[B] is X[C]) xor arg"),
    CONTAINS(0,                       "R[A] := (X[B] in X[C]) xor arg"),

    // ---- control flow --------------------------------------------------------------------------
    JUMP(Flags.JUMP,                  "goto T      (a backward jump is a loop edge: interrupt check unless arg is 1, OSR point)"),
    JUMP_IF_TRUE(Flags.BRANCH | Flags.PURE, "if X[B] is True: goto T      (X[B] is a bool)"),
    JUMP_IF_FALSE(Flags.BRANCH | Flags.PURE, "if X[B] is False: goto T     (X[B] is a bool)"),
    JUMP_IF_TRUTHY(Flags.BRANCH,      "if bool(X[B]): goto T        (TO_BOOL + POP_JUMP_IF_TRUE fused)"),
    JUMP_IF_FALSY(Flags.BRANCH,       "if not bool(X[B]): goto T    (TO_BOOL + POP_JUMP_IF_FALSE fused)"),
    JUMP_IF_CMP(Flags.BRANCH,         "if bool(X[B] CMP_OPS[arg>>5] X[C]): goto T       (COMPARE_OP + POP_JUMP_IF_TRUE fused)"),
    JUMP_UNLESS_CMP(Flags.BRANCH,     "if not bool(X[B] CMP_OPS[arg>>5] X[C]): goto T  (COMPARE_OP + POP_JUMP_IF_FALSE fused)"),
    JUMP_IF_IS(Flags.BRANCH | Flags.PURE, "if (X[B] is X[C]) xor arg: goto T               (IS_OP + POP_JUMP_IF_* fused)"),
    JUMP_IF_CONTAINS(Flags.BRANCH,    "if (X[B] in X[C]) xor arg: goto T               (CONTAINS_OP + POP_JUMP_IF_* fused)"),
    JUMP_IF_NONE(Flags.BRANCH | Flags.PURE, "if X[B] is None: goto T"),
    JUMP_IF_NOT_NONE(Flags.BRANCH | Flags.PURE, "if X[B] is not None: goto T"),
    RETURN(Flags.EXIT | Flags.PURE,   "return X[B]"),

    // ---- calls ---------------------------------------------------------------------------------
    CALL(0,                           "R[A] := X[B](X[D..]) if X[C] is NULL, else X[B](X[C], X[D..])   (arg = positional count, + LOOP_OWNED: R[A] goes straight to a for loop's GET_ITER)"),
    CALL_KW(0,                        "R[A] := as CALL, the last input is the tuple of keyword names for the last args   (arg = count)"),
    CALL_EX(0,                        "R[A] := X[B](*X[D], **X[E])  (X[C] is NULL; X[E] present when arg&1)"),
    CALL_INTRINSIC_1(0,               "R[A] := INTRINSIC_1[arg](X[B])"),
    CALL_INTRINSIC_2(0,               "R[A] := INTRINSIC_2[arg](X[B], X[C])"),

    // ---- building containers and strings -------------------------------------------------------
    BUILD_TUPLE(0,                    "R[A] := (X[B..])"),
    BUILD_LIST(0,                     "R[A] := [X[B..]]"),
    BUILD_SET(0,                      "R[A] := {X[B..]}"),
    BUILD_MAP(0,                      "R[A] := {X[B]: X[C], X[D]: X[E], ...}"),
    BUILD_CONST_KEY_MAP(0,            "R[A] := dict(zip(last input (a tuple of keys), X[B..]))"),
    BUILD_STRING(0,                   "R[A] := X[B] + X[C] + ...   (all str)"),
    BUILD_SLICE(0,                    "R[A] := slice(X[B], X[C][, X[D]])"),
    LIST_APPEND(0,                    "X[B].append(X[C])"),
    LIST_EXTEND(0,                    "X[B].extend(X[C])"),
    SET_ADD(0,                        "X[B].add(X[C])"),
    SET_UPDATE(0,                     "X[B].update(X[C])"),
    DICT_UPDATE(0,                    "X[B].update(X[C])   (TypeError names X[C]'s type if it is no mapping)"),
    DICT_MERGE(0,                     "X[B].update(X[C]) raising on duplicate keys; X[D] the callee named in errors (f(**a, **b))"),
    MAP_ADD(0,                        "X[B][X[C]] := X[D]"),
    CONVERT_VALUE(0,                  "R[A] := CONVERSIONS[arg](X[B])   (str, repr, ascii)"),
    FORMAT_SIMPLE(0,                  "R[A] := format(X[B], '')"),
    FORMAT_WITH_SPEC(0,               "R[A] := format(X[B], X[C])"),

    // ---- iteration and unpacking ---------------------------------------------------------------
    GET_ITER(0,                       "R[A] := iter(X[B])"),
    GET_YIELD_FROM_ITER(0,            "R[A] := X[B] if it is a generator or a coroutine (inside a coroutine), else iter(X[B])"),
    FOR_ITER(Flags.BRANCH,            "R[A] := next(X[B]); if exhausted: goto T (R[A] not written)"),
    DROP(0,                           "X[B] (a for loop's iterator) leaves the stack: a generator owned by the loop is closed (Generators.dropped)"),
    UNPACK_SEQUENCE(0,                "R[A], R[A2], ... := X[B]   (exactly as many items as outputs)"),
    UNPACK_EX(0,                      "R[A] .. := X[B] with a starred list at output arg&0xff, arg>>8 outputs after it"),
    GET_LEN(0,                        "R[A] := len(X[B])"),

    // ---- functions, classes, imports -----------------------------------------------------------
    MAKE_FUNCTION(0,                  "R[A] := new function from code object X[B] and the frame's globals"),
    SET_FUNCTION_ATTRIBUTE(0,         "X[C].<FUNCTION_ATTR_FLAGS[arg]> := X[B]"),
    RETURN_GENERATOR(0,               "turn the frame into a generator/coroutine, return it; on first resume R[A] := the sent value"),
    IMPORT_NAME(0,                    "R[A] := __import__(N[arg], fromlist X[C], level X[B])"),
    IMPORT_FROM(0,                    "R[A] := X[B].N[arg], else the submodule X[B].N[arg] (ImportError)"),
    EXIT_INIT_CHECK(0,                "if X[B] is not None: raise TypeError (__init__ must return None)"),

    // ---- generators and coroutines -------------------------------------------------------------
    YIELD(Flags.SUSPEND | Flags.NO_RETARGET, "suspend, handing X[B] to the caller; on resume R[A] := the sent value   (arg = CPython's oparg)"),
    SEND(Flags.BRANCH | Flags.NO_RETARGET, "R[A] := X[B].send(X[C]) (next() when X[C] is None); on StopIteration: R[A] := its value, goto T"),
    GET_AWAITABLE(0,                  "R[A] := the awaitable of X[B]   (arg: where, for the error message)"),
    GET_AITER(0,                      "R[A] := X[B].__aiter__()"),
    GET_ANEXT(0,                      "R[A] := awaitable of X[B].__anext__()"),
    END_ASYNC_FOR(0,                  "if X[C] is a StopAsyncIteration: continue, else re-raise X[C]   (X[B] the awaitable)"),
    CLEANUP_THROW(0,                  "R[A], R[A2] := None, value of X[D] if it is a StopIteration, else re-raise X[D]   (X[B], X[C]: sub-iterator, last sent)"),

    // ---- exceptions ----------------------------------------------------------------------------
    PUSH_EXC_INFO(Flags.PURE,         "R[A] := the exception being handled; R[A2] := X[B]; X[B] becomes the exception being handled"),
    POP_EXCEPT(Flags.PURE,            "the exception being handled := X[B]"),
    CHECK_EXC_MATCH(0,                "R[A] := X[B] matches X[C] (a class or tuple of classes)"),
    CHECK_EG_MATCH(0,                 "R[A], R[A2] := rest, match of splitting exception group X[B] by X[C]   (except*)"),
    RAISE(Flags.EXIT,                 "arg 0: re-raise the exception being handled; 1: raise X[B]; 2: raise X[B] from X[C]"),
    RERAISE(Flags.EXIT,               "raise X[B] again, keeping its traceback; arg != 0: the frame's lasti := X[C] first"),
    BEFORE_WITH(0,                    "R[A], R[A2] := X[B].__exit__, X[B].__enter__()"),
    BEFORE_ASYNC_WITH(0,              "R[A], R[A2] := X[B].__aexit__, awaitable of X[B].__aenter__()"),
    WITH_EXCEPT_START(0,              "R[A] := X[B](type(X[C]), X[C], X[C].__traceback__)"),

    // ---- structural pattern matching -----------------------------------------------------------
    MATCH_MAPPING(0,                  "R[A] := X[B] is a mapping (Py_TPFLAGS_MAPPING)"),
    MATCH_SEQUENCE(0,                 "R[A] := X[B] is a sequence (Py_TPFLAGS_SEQUENCE)"),
    MATCH_KEYS(0,                     "R[A] := tuple of X[B][k] for k in keys X[C], or None if one is missing"),
    MATCH_CLASS(0,                    "R[A] := tuple of attributes if X[B] matches class X[C] with arg positional and keyword names X[D], else None");

    /**
     * Flag in CALL's arg: the result goes straight into a for loop's GET_ITER. A new generator
     * from a generator function is then held by that loop alone, and is finalized when the loop
     * drops it (DROP at a break or return, or unwinding past the loop, see
     * {@link IrFunction#loopIterators()}), as CPython's reference counting finalizes it.
     */
    public static final int LOOP_OWNED = 1 << 16;

    private final int flags;
    private final String semantics;

    IrOp(int flags, String semantics) {
        this.flags = flags;
        this.semantics = semantics;
    }

    /** The one-line meaning of the opcode, in the notation of this class's comment. */
    public String semantics() { return semantics; }

    /** Has a target T and may fall through (conditional branch). */
    public boolean isBranch() { return (flags & Flags.BRANCH) != 0; }
    /** Unconditional jump. */
    public boolean isJump() { return (flags & Flags.JUMP) != 0; }
    public boolean hasTarget() { return (flags & (Flags.BRANCH | Flags.JUMP)) != 0; }
    /** Leaves the function (return or raise): no successor inside it. */
    public boolean isExit() { return (flags & Flags.EXIT) != 0; }
    /** Control never continues at the next instruction. */
    public boolean endsFlow() { return (flags & (Flags.JUMP | Flags.EXIT)) != 0; }
    /**
     * Whether executing it can raise (then the engine records its offset as lasti and follows the
     * exception table). A JUMP can: a backward jump checks for interrupts (KeyboardInterrupt).
     */
    public boolean canRaise() { return (flags & Flags.PURE) == 0; }

    /** A suspension point: every live temporary must stay in the frame across it. */
    public boolean suspends() { return (flags & Flags.SUSPEND) != 0; }
    /**
     * Whether a following STORE_FAST may redirect this instruction's output straight into the local.
     * Not for SEND (its output is also what the jump target reads, in the canonical temporary) nor
     * YIELD (on throw() the engine stores None in its output slot, as CPython pushes it, and
     * raises at the YIELD: the handler reads that slot, and a local must not be assigned).
     */
    public boolean retargetable() { return (flags & Flags.NO_RETARGET) == 0; }

    private static final class Flags {
        static final int BRANCH = 1, JUMP = 2, EXIT = 4, SUSPEND = 8, NO_RETARGET = 16, PURE = 32;
    }
}
