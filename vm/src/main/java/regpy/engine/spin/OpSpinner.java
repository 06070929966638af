package regpy.engine.spin;

import static java.lang.constant.ConstantDescs.*;
import static regpy.engine.spin.Descs.*;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;

import regpy.ir.IrInstr;
import regpy.ir.IrOp;

/**
 * Emits the bytecode of one IR instruction: operand fetch from the register file, one static
 * call to the op's semantics, the store of its outputs, or a JVM branch. The semantics are never
 * written here: every call goes to regpy.engine.RegisterOps or the runtime layer, the same code
 * the switch loop runs.
 */
final class OpSpinner {
    private final Emit e;
    private final CodeBuilder c;

    OpSpinner(Emit e) {
        this.e = e;
        this.c = e.code;
    }

    private static final java.lang.constant.DynamicCallSiteDesc CALL_SITE = java.lang.constant.DynamicCallSiteDesc.of(
            ConstantDescs.ofCallsiteBootstrap(Descs.of(PyCallSite.class), "bootstrap", CD_CallSite),
            "call", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT, PY_OBJECT_ARRAY, THREAD_STATE));

    void emit(IrInstr in, int index) {
        switch (in.op()) {
            // calls may look at this frame (locals(), super(), sys._getframe()): its variables go there first
            case CALL, CALL_KW, CALL_EX, CALL_INTRINSIC_1, CALL_INTRINSIC_2, IMPORT_NAME, LOAD_BUILD_CLASS -> e.spillLocals();
            case RETURN_GENERATOR, YIELD -> e.spillAll();
            default -> { }
        }
        switch (in.op()) {
            case MOVE -> {
                e.storeBegin(in.out(0));
                e.load(in.in(0));
                e.storeEnd();
            }
            case LOAD_AND_CLEAR -> {
                e.storeBegin(in.out(0));
                e.load(in.in(0));
                e.storeEnd();
                e.clearReg(in.in(0));
            }
            case BINARY -> out(in, () -> {
                e.load(in.in(0));
                e.load(in.in(1));
                e.iconst(in.arg());
                e.invoke(ABSTRACT, regpy.runtime.Abstract.binaryOpMethod(in.arg()), mt(PY_OBJECT, PY_OBJECT, PY_OBJECT, CD_int));
            });
            case NEGATIVE -> unary(in, ABSTRACT, "negative");
            case INVERT -> unary(in, ABSTRACT, "invert");
            case NOT, TO_BOOL -> out(in, () -> {
                truth(in.in(0));
                if (in.op() == IrOp.NOT) {
                    c.iconst_1();
                    c.ixor();
                }
                boolOf();
            });
            case COMPARE -> out(in, () -> {
                loadAll(in);
                e.iconst(in.arg());
                ops("compare", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT, CD_int));
            });
            case IS -> out(in, () -> {
                identity(in);
                boolOf();
            });
            case CONTAINS -> out(in, () -> {
                contains(in);
                boolOf();
            });
            case JUMP_IF_TRUTHY -> {
                truth(in.in(0));
                c.ifne(e.label(in.target()));
            }
            case JUMP_IF_FALSY -> {
                truth(in.in(0));
                c.ifeq(e.label(in.target()));
            }
            case JUMP_IF_CMP, JUMP_UNLESS_CMP -> {
                loadAll(in);
                e.iconst(in.arg());
                ops("compareTruth", mt(CD_boolean, PY_OBJECT, PY_OBJECT, CD_int));
                if (in.op() == IrOp.JUMP_IF_CMP) c.ifne(e.label(in.target()));
                else c.ifeq(e.label(in.target()));
            }
            case JUMP_IF_CONTAINS -> {
                contains(in);
                c.ifne(e.label(in.target()));
            }
            case LOAD_GLOBAL -> out(in, () -> {
                e.constant(e.caches[in.cache()], GLOBAL_CACHE);
                c.aload(Emit.FRAME);
                c.getfield(PY_FRAME, "globals", PY_DICT);
                c.aload(Emit.FRAME);
                c.getfield(PY_FRAME, "builtins", PY_DICT);
                c.invokevirtual(GLOBAL_CACHE, "load", mt(PY_OBJECT, PY_DICT, PY_DICT));
            });
            case LOAD_ATTR -> out(in, () -> {
                e.constant(e.caches[in.cache()], ATTR_CACHE);
                e.load(in.in(0));
                c.invokevirtual(ATTR_CACHE, "load", mt(PY_OBJECT, PY_OBJECT));
            });
            case LOAD_METHOD -> {
                // selfOut is a fresh one-element array: escape analysis removes it once the cache inlines
                int selfOut = e.scratch();
                e.iconst(1);
                c.anewarray(PY_OBJECT);
                c.astore(selfOut);
                int meth = e.scratch();
                e.constant(e.caches[in.cache()], ATTR_CACHE);
                e.load(in.in(0));
                c.aload(selfOut);
                c.invokevirtual(ATTR_CACHE, "loadMethod", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT_ARRAY));
                c.astore(meth);
                e.storeBegin(in.out(0));
                c.aload(meth);
                e.storeEnd();
                e.storeBegin(in.out(1));
                c.aload(selfOut);
                c.iconst_0();
                c.aaload();
                e.storeEnd();
            }
            case STORE_ATTR -> {
                e.load(in.in(1));
                name(in.arg());
                e.load(in.in(0));
                e.invoke(ATTR, "setAttr", mt(CD_void, PY_OBJECT, CD_String, PY_OBJECT));
            }
            case DELETE_ATTR -> {
                e.load(in.in(0));
                name(in.arg());
                e.invoke(ATTR, "delAttr", mt(CD_void, PY_OBJECT, CD_String));
            }
            case GET_ITEM -> out(in, () -> {
                e.load(in.in(0));
                e.load(in.in(1));
                e.invoke(ABSTRACT, "getItem", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT));
            });
            case SET_ITEM -> {
                e.load(in.in(1));
                e.load(in.in(2));
                e.load(in.in(0));
                e.invoke(ABSTRACT, "setItem", mt(CD_void, PY_OBJECT, PY_OBJECT, PY_OBJECT));
            }
            case DELETE_ITEM -> {
                e.load(in.in(0));
                e.load(in.in(1));
                e.invoke(ABSTRACT, "delItem", mt(CD_void, PY_OBJECT, PY_OBJECT));
            }
            case GET_ITER -> unary(in, ITER, "getIter");
            case FOR_ITER -> {
                // R[A] := next(X[B]); exhausted (null): goto T without writing R[A]
                int v = e.scratch();
                e.load(in.in(0));
                e.invoke(ITER, "next", mt(PY_OBJECT, PY_OBJECT));
                c.astore(v);
                c.aload(v);
                c.ifnull(e.label(in.target()));
                e.storeBegin(in.out(0));
                c.aload(v);
                e.storeEnd();
            }
            case BUILD_TUPLE -> out(in, () -> {
                array(in, 0, in.inCount());
                e.invoke(PY_TUPLE, "of", mt(PY_TUPLE, PY_OBJECT_ARRAY));
            });
            case BUILD_LIST -> out(in, () -> {
                c.new_(PY_LIST);
                c.dup();
                array(in, 0, in.inCount());
                c.invokespecial(PY_LIST, INIT_NAME, mt(CD_void, PY_OBJECT_ARRAY));
            });
            case CALL -> out(in, () -> {
                // a call site per CALL: generic, or linked straight to a spun Python callee (PyCallSite)
                e.load(in.in(0));
                e.load(in.in(1));
                array(in, 2, in.inCount());
                if (SpinCompiler.CALL_SITES) {
                    c.aload(Emit.TS);
                    c.invokedynamic(CALL_SITE);
                } else {
                    c.aconst_null();
                    ops("call", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT, PY_OBJECT_ARRAY, CD_String.arrayType()));
                }
                if ((in.arg() & IrOp.LOOP_OWNED) != 0) {    // a generator going straight into a for loop
                    e.load(in.in(0));
                    e.invoke(LOOP_GENERATORS, "owned", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT));
                }
            });
            case DROP -> {
                e.load(in.in(0));
                e.invoke(LOOP_GENERATORS, "drop", mt(CD_void, PY_OBJECT));
            }
            case CHECK_BOUND -> checkBound(in.in(0));
            case DELETE_FAST -> {
                checkBound(in.in(0));
                e.clearReg(in.in(0));
            }
            case MAKE_CELL -> {
                int r = in.in(0);
                e.storeBegin(r);
                c.new_(PY_CELL);
                c.dup();
                e.load(r);
                c.invokespecial(PY_CELL, INIT_NAME, mt(CD_void, PY_OBJECT));
                e.storeEnd();
            }
            case COPY_FREE_VARS -> {
                c.aload(Emit.FRAME);
                e.iconst(in.arg());
                ops("copyFreeVars", mt(CD_void, PY_FRAME, CD_int));
                e.reload(e.ir.tempBase() - in.arg(), e.ir.tempBase());
            }
            case LOAD_DEREF -> out(in, () -> {
                codeObject();
                e.load(in.in(0));
                e.iconst(in.in(0));
                ops("loadDeref", mt(PY_OBJECT, CODE_OBJECT, PY_OBJECT, CD_int));
            });
            case STORE_DEREF -> {
                e.load(in.in(0));
                c.checkcast(PY_CELL);
                e.load(in.in(1));
                c.putfield(PY_CELL, "contents", PY_OBJECT);
            }
            case DELETE_DEREF -> {
                codeObject();
                e.load(in.in(0));
                e.iconst(in.in(0));
                ops("deleteDeref", mt(CD_void, CODE_OBJECT, PY_OBJECT, CD_int));
            }
            case LOAD_FROM_DICT_OR_DEREF -> out(in, () -> {
                codeObject();
                e.load(in.in(0));
                e.load(in.in(1));
                e.iconst(in.in(1));
                ops("loadFromDictOrDeref", mt(PY_OBJECT, CODE_OBJECT, PY_OBJECT, PY_OBJECT, CD_int));
            });
            case STORE_GLOBAL -> {
                frameField("globals", PY_DICT);
                pyName(in.arg());
                e.load(in.in(0));
                c.invokevirtual(PY_DICT, "put", mt(CD_void, PY_OBJECT, PY_OBJECT));
            }
            case DELETE_GLOBAL -> {
                frameField("globals", PY_DICT);
                pyName(in.arg());
                ops("deleteGlobal", mt(CD_void, PY_DICT, PY_STR));
            }
            case LOAD_NAME -> out(in, () -> {
                c.aload(Emit.FRAME);
                pyName(in.arg());
                e.invoke(NAMESPACES, "loadName", mt(PY_OBJECT, PY_FRAME, PY_STR));
            });
            case STORE_NAME -> {
                c.aload(Emit.FRAME);
                pyName(in.arg());
                e.load(in.in(0));
                e.invoke(NAMESPACES, "storeName", mt(CD_void, PY_FRAME, PY_STR, PY_OBJECT));
            }
            case DELETE_NAME -> {
                c.aload(Emit.FRAME);
                pyName(in.arg());
                e.invoke(NAMESPACES, "deleteName", mt(CD_void, PY_FRAME, PY_STR));
            }
            case LOAD_FROM_DICT_OR_GLOBALS -> out(in, () -> {
                e.load(in.in(0));
                frameField("globals", PY_DICT);
                frameField("builtins", PY_DICT);
                pyName(in.arg());
                ops("loadFromDictOrGlobals", mt(PY_OBJECT, PY_OBJECT, PY_DICT, PY_DICT, PY_STR));
            });
            case LOAD_LOCALS -> out(in, () -> {
                c.aload(Emit.FRAME);
                ops("loadLocals", mt(PY_OBJECT, PY_FRAME));
            });
            case LOAD_BUILD_CLASS -> out(in, () -> {
                c.aload(Emit.FRAME);
                e.invoke(NAMESPACES, "buildClass", mt(PY_OBJECT, PY_FRAME));
            });
            case LOAD_ASSERTION_ERROR -> out(in, () -> c.getstatic(TYPES, "ASSERTION_ERROR", PY_TYPE));
            case SETUP_ANNOTATIONS -> {
                c.aload(Emit.FRAME);
                e.invoke(NAMESPACES, "setupAnnotations", mt(CD_void, PY_FRAME));
            }
            case LOAD_SUPER_ATTR, LOAD_SUPER_METHOD -> {
                e.storeBegin(in.out(0));
                e.load(in.in(0));
                e.load(in.in(1));
                e.load(in.in(2));
                name(in.arg() >> 2);
                e.iconst(in.arg());
                ops("loadSuperAttr", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT, PY_OBJECT, CD_String, CD_int));
                e.storeEnd();
                // the method form hands out (attr, NULL), as the reference interpreter does
                if (in.op() == IrOp.LOAD_SUPER_METHOD) e.clearReg(in.out(1));
            }
            case GET_SLICE -> out(in, () -> {
                loadAll(in);
                ops("getSlice", mt(PY_OBJECT, objs(3)));
            });
            case SET_SLICE -> {
                loadAll(in);
                ops("setSlice", mt(CD_void, objs(4)));
            }
            case CALL_KW -> out(in, () -> {
                e.load(in.in(0));
                e.load(in.in(1));
                array(in, 2, in.inCount() - 1);
                e.constant(kwNames(in.in(in.inCount() - 1)), CD_String.arrayType());
                ops("call", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT, PY_OBJECT_ARRAY, CD_String.arrayType()));
            });
            case CALL_EX -> out(in, () -> {
                e.load(in.in(0));
                e.load(in.in(2));
                if ((in.arg() & 1) != 0) e.load(in.in(3));
                else c.aconst_null();
                ops("callEx", mt(PY_OBJECT, objs(3)));
            });
            case CALL_INTRINSIC_1 -> out(in, () -> {
                c.aload(Emit.FRAME);
                e.iconst(in.arg());
                e.load(in.in(0));
                e.invoke(INTRINSICS, "call1", mt(PY_OBJECT, PY_FRAME, CD_int, PY_OBJECT));
            });
            case CALL_INTRINSIC_2 -> out(in, () -> {
                c.aload(Emit.FRAME);
                e.iconst(in.arg());
                e.load(in.in(0));
                e.load(in.in(1));
                e.invoke(INTRINSICS, "call2", mt(PY_OBJECT, PY_FRAME, CD_int, PY_OBJECT, PY_OBJECT));
            });
            case BUILD_SET -> out(in, () -> {
                arrayFrom0(in, in.inCount());
                ops("buildSet", mt(Descs.of(regpy.objects.PySet.class), PY_OBJECT_ARRAY, CD_int, CD_int));
            });
            case BUILD_MAP -> out(in, () -> {
                arrayFrom0(in, in.inCount() / 2);
                ops("buildMap", mt(PY_DICT, PY_OBJECT_ARRAY, CD_int, CD_int));
            });
            case BUILD_CONST_KEY_MAP -> out(in, () -> {
                int n = in.inCount() - 1;
                e.load(in.in(n));
                array(in, 0, n);
                c.iconst_0();
                e.iconst(n);
                ops("buildConstKeyMap", mt(PY_DICT, PY_OBJECT, PY_OBJECT_ARRAY, CD_int, CD_int));
            });
            case BUILD_STRING -> out(in, () -> {
                arrayFrom0(in, in.inCount());
                ops("buildString", mt(PY_STR, PY_OBJECT_ARRAY, CD_int, CD_int));
            });
            case BUILD_SLICE -> out(in, () -> {
                c.new_(PY_SLICE);
                c.dup();
                e.load(in.in(0));
                e.load(in.in(1));
                if (in.inCount() > 2) e.load(in.in(2));
                else c.getstatic(SINGLETON, "NONE", SINGLETON);
                c.invokespecial(PY_SLICE, INIT_NAME, mt(CD_void, objs(3)));
            });
            case LIST_APPEND -> {
                e.load(in.in(0));
                c.checkcast(PY_LIST);
                e.load(in.in(1));
                c.invokevirtual(PY_LIST, "append", mt(CD_void, PY_OBJECT));
            }
            case SET_ADD -> {
                e.load(in.in(0));
                c.checkcast(PY_SET);
                e.load(in.in(1));
                c.invokevirtual(PY_SET, "add", mt(CD_boolean, PY_OBJECT));
                c.pop();
            }
            case MAP_ADD -> {
                e.load(in.in(0));
                c.checkcast(PY_DICT);
                e.load(in.in(1));
                e.load(in.in(2));
                c.invokevirtual(PY_DICT, "put", mt(CD_void, PY_OBJECT, PY_OBJECT));
            }
            case LIST_EXTEND -> {
                loadAll(in);
                ops("listExtend", mt(CD_void, objs(2)));
            }
            case SET_UPDATE -> {
                loadAll(in);
                ops("setUpdate", mt(CD_void, objs(2)));
            }
            case DICT_UPDATE -> {
                e.load(in.in(0));
                c.checkcast(PY_DICT);
                e.load(in.in(1));
                e.invoke(BUILDERS, "dictUpdate", mt(CD_void, PY_DICT, PY_OBJECT));
            }
            case DICT_MERGE -> {
                e.load(in.in(0));
                c.checkcast(PY_DICT);
                e.load(in.in(1));
                e.load(in.in(2));
                e.invoke(BUILDERS, "dictMerge", mt(CD_void, PY_DICT, PY_OBJECT, PY_OBJECT));
            }
            case CONVERT_VALUE -> out(in, () -> {
                e.load(in.in(0));
                e.iconst(in.arg());
                ops("convertValue", mt(PY_OBJECT, PY_OBJECT, CD_int));
            });
            case FORMAT_SIMPLE -> out(in, () -> {
                e.load(in.in(0));
                ops("formatSimple", mt(PY_OBJECT, PY_OBJECT));
            });
            case FORMAT_WITH_SPEC -> out(in, () -> {
                loadAll(in);
                e.invoke(ABSTRACT, "format", mt(PY_OBJECT, objs(2)));
            });
            case GET_YIELD_FROM_ITER -> out(in, () -> {
                e.load(in.in(0));
                e.iconst(e.ir.code().flags);
                ops("getYieldFromIter", mt(PY_OBJECT, PY_OBJECT, CD_int));
            });
            case UNPACK_SEQUENCE -> unpack(in, () -> {
                e.load(in.in(0));
                e.iconst(in.outCount());
                e.invoke(BUILDERS, "unpack", mt(PY_OBJECT_ARRAY, PY_OBJECT, CD_int));
            });
            case UNPACK_EX -> unpack(in, () -> {
                e.load(in.in(0));
                e.iconst(in.arg() & 0xff);
                e.iconst(in.arg() >> 8);
                e.invoke(BUILDERS, "unpackEx", mt(PY_OBJECT_ARRAY, PY_OBJECT, CD_int, CD_int));
            });
            case GET_LEN -> out(in, () -> {
                e.load(in.in(0));
                e.invoke(ABSTRACT, "len", mt(CD_long, PY_OBJECT));
                e.invoke(PY_INT, "of", mt(PY_INT, CD_long));
            });
            case MAKE_FUNCTION -> out(in, () -> {
                e.load(in.in(0));
                frameField("globals", PY_DICT);
                frameField("builtins", PY_DICT);
                ops("makeFunction", mt(PY_FUNCTION, PY_OBJECT, PY_DICT, PY_DICT));
            });
            case SET_FUNCTION_ATTRIBUTE -> {
                e.load(in.in(1));
                e.iconst(in.arg());
                e.load(in.in(0));
                ops("setFunctionAttribute", mt(CD_void, PY_OBJECT, CD_int, PY_OBJECT));
                // the function stays where it was (the stack code leaves it on the stack)
                if (in.outCount() > 0 && in.out(0) != in.in(1)) {
                    e.storeBegin(in.out(0));
                    e.load(in.in(1));
                    e.storeEnd();
                }
            }
            case IMPORT_NAME -> out(in, () -> {
                c.aload(Emit.FRAME);
                name(in.arg());
                e.load(in.in(1));
                e.load(in.in(0));
                c.checkcast(PY_INT);
                c.getfield(PY_INT, "value", CD_long);
                c.l2i();
                e.invoke(IMPORTER, "importName", mt(PY_OBJECT, PY_FRAME, CD_String, PY_OBJECT, CD_int));
            });
            case IMPORT_FROM -> out(in, () -> {
                e.load(in.in(0));
                name(in.arg());
                e.invoke(IMPORTER, "importFrom", mt(PY_OBJECT, PY_OBJECT, CD_String));
            });
            case EXIT_INIT_CHECK -> {
                e.load(in.in(0));
                ops("exitInitCheck", mt(CD_void, PY_OBJECT));
            }
            case RETURN_GENERATOR -> {
                suspendAt(index);
                c.aload(Emit.FRAME);
                e.invoke(GENERATORS, "create", mt(Descs.of(regpy.objects.PyGenerator.class), PY_FRAME));
                c.areturn();
                resumeCheck(index);
            }
            case YIELD -> {
                suspendAt(index);
                e.load(in.in(0));
                c.areturn();
                resumeCheck(index);
            }
            case SEND -> {
                // R[A] := the value yielded or returned by X[B].send(X[C]); on return: goto T
                int result = e.scratch();
                e.iconst(1);
                c.anewarray(PY_OBJECT);
                c.astore(result);
                e.load(in.in(0));
                e.load(in.in(1));
                c.aload(result);
                e.invoke(GENERATORS, "send", mt(CD_boolean, PY_OBJECT, PY_OBJECT, PY_OBJECT_ARRAY));
                int yielded = e.scratch();
                c.istore(yielded);
                e.storeBegin(in.out(0));
                c.aload(result);
                c.iconst_0();
                c.aaload();
                e.storeEnd();
                c.iload(yielded);
                c.ifeq(e.label(in.target()));
            }
            case GET_AWAITABLE -> out(in, () -> {
                e.load(in.in(0));
                e.iconst(in.arg());
                e.invoke(GENERATORS, "getAwaitable", mt(PY_OBJECT, PY_OBJECT, CD_int));
            });
            case GET_AITER -> unary(in, GENERATORS, "getAIter");
            case GET_ANEXT -> unary(in, GENERATORS, "getANext");
            case END_ASYNC_FOR -> {
                java.lang.classfile.Label done = c.newLabel();
                e.load(in.in(1));
                ops("endsAsyncFor", mt(CD_boolean, PY_OBJECT));
                c.ifne(done);
                reraise(in.in(1));
                c.labelBinding(done);
            }
            case CLEANUP_THROW -> {
                java.lang.classfile.Label ok = c.newLabel();
                int v = e.scratch();
                e.load(in.in(2));
                ops("cleanupThrowValue", mt(PY_OBJECT, PY_OBJECT));
                c.astore(v);
                c.aload(v);
                c.ifnonnull(ok);
                reraise(in.in(2));
                c.labelBinding(ok);
                e.storeBegin(in.out(0));
                c.getstatic(SINGLETON, "NONE", SINGLETON);
                e.storeEnd();
                e.storeBegin(in.out(1));
                c.aload(v);
                e.storeEnd();
            }
            case PUSH_EXC_INFO -> {
                int exc = e.scratch();
                e.load(in.in(0));
                c.astore(exc);
                e.storeBegin(in.out(0));
                c.aload(Emit.TS);
                c.aload(exc);
                ops("pushExcInfo", mt(PY_OBJECT, THREAD_STATE, PY_OBJECT));
                e.storeEnd();
                e.storeBegin(in.out(1));
                c.aload(exc);
                e.storeEnd();
            }
            case POP_EXCEPT -> {
                c.aload(Emit.TS);
                e.load(in.in(0));
                ops("popExcept", mt(CD_void, THREAD_STATE, PY_OBJECT));
            }
            case CHECK_EXC_MATCH -> out(in, () -> {
                loadAll(in);
                ops("checkExcMatch", mt(PY_OBJECT, objs(2)));
            });
            case CHECK_EG_MATCH -> unpack(in, () -> {
                loadAll(in);
                e.invoke(EXC_GROUPS, "match", mt(PY_OBJECT_ARRAY, objs(2)));
            });
            case RAISE -> {
                switch (in.arg()) {
                    case 0 -> {
                        c.aload(Emit.TS);
                        ops("reraiseHandled", mt(PY_EXCEPTION, THREAD_STATE));
                    }
                    case 1 -> {
                        e.load(in.in(0));
                        c.aconst_null();
                        ops("raise", mt(PY_EXCEPTION, objs(2)));
                    }
                    default -> {
                        e.load(in.in(0));
                        e.load(in.in(1));
                        ops("raise", mt(PY_EXCEPTION, objs(2)));
                    }
                }
                c.athrow();
            }
            case RERAISE -> {
                if (in.arg() != 0) {
                    c.aload(Emit.FRAME);
                    e.load(in.in(1));
                    ops("lastiFrom", mt(CD_int, PY_OBJECT));
                    c.putfield(PY_FRAME, "lasti", CD_int);
                }
                reraise(in.in(0));
            }
            case BEFORE_WITH, BEFORE_ASYNC_WITH -> unpack(in, () -> {
                e.load(in.in(0));
                e.iconst(in.op() == IrOp.BEFORE_ASYNC_WITH ? 1 : 0);
                e.invoke(BUILDERS, "beforeWith", mt(PY_OBJECT_ARRAY, PY_OBJECT, CD_boolean));
            });
            case WITH_EXCEPT_START -> out(in, () -> {
                loadAll(in);
                ops("withExceptStart", mt(PY_OBJECT, objs(2)));
            });
            case MATCH_MAPPING, MATCH_SEQUENCE -> out(in, () -> {
                e.load(in.in(0));
                e.invoke(MATCHING, in.op() == IrOp.MATCH_MAPPING ? "isMapping" : "isSequence", mt(CD_boolean, PY_OBJECT));
                boolOf();
            });
            case MATCH_KEYS -> out(in, () -> {
                loadAll(in);
                e.invoke(MATCHING, "matchKeys", mt(PY_OBJECT, objs(2)));
            });
            case MATCH_CLASS -> out(in, () -> {
                e.load(in.in(0));
                e.load(in.in(1));
                e.iconst(in.arg());
                e.load(in.in(2));
                c.checkcast(PY_TUPLE);
                e.invoke(MATCHING, "matchClass", mt(PY_OBJECT, PY_OBJECT, PY_OBJECT, CD_int, PY_TUPLE));
            });
            case JUMP -> {
                // a loop's back edge polls the eval breaker (Ctrl-C): one volatile read when nothing is pending
                if (in.target() <= index && in.arg() == 0)
                    e.invoke(Descs.of(regpy.runtime.Interrupts.class), "poll", mt(CD_void));
                c.goto_(e.label(in.target()));
            }
            case JUMP_IF_TRUE -> branchIfSame(in, PY_BOOL, "TRUE", true);
            case JUMP_IF_FALSE -> branchIfSame(in, PY_BOOL, "FALSE", true);
            case JUMP_IF_NONE -> branchIfSame(in, SINGLETON, "NONE", true);
            case JUMP_IF_NOT_NONE -> branchIfSame(in, SINGLETON, "NONE", false);
            case JUMP_IF_IS -> {
                e.load(in.in(0));
                e.load(in.in(1));
                if (in.arg() == 0) c.if_acmpeq(e.label(in.target()));
                else c.if_acmpne(e.label(in.target()));
            }
            case RETURN -> {
                c.aload(Emit.FRAME);
                c.iconst_1();
                c.putfield(PY_FRAME, "finished", CD_boolean);
                e.flushCount();
                e.load(in.in(0));
                c.areturn();
            }
            default -> throw new BodySpinner.Unsupported(in.op().name());
        }
    }

    private void ops(String name, java.lang.constant.MethodTypeDesc type) { e.invoke(OPS, name, type); }

    private void loadAll(IrInstr in) {
        for (int i = 0; i < in.inCount(); i++) e.load(in.in(i));
    }

    private void frameField(String name, ClassDesc type) {
        c.aload(Emit.FRAME);
        c.getfield(PY_FRAME, name, type);
    }

    private void codeObject() { e.constant(e.ir.code(), CODE_OBJECT); }

    /** co_names[i] as the code object's interned PyStr. */
    private void pyName(int i) { e.constant(e.names[i], PY_STR); }

    /** if R[r] is unbound: raise UnboundLocalError. */
    private void checkBound(int r) {
        java.lang.classfile.Label ok = c.newLabel();
        e.load(r);
        c.ifnonnull(ok);
        codeObject();
        e.iconst(r);
        ops("unboundLocal", mt(PY_EXCEPTION, CODE_OBJECT, CD_int));
        c.athrow();
        c.labelBinding(ok);
    }

    /** The array with inputs [0, n) then the start index 0 and the count {@code count}: RegisterOps' builder shape. */
    private void arrayFrom0(IrInstr in, int count) {
        array(in, 0, in.inCount());
        c.iconst_0();
        e.iconst(count);
    }

    /** R[A], R[A2], ... := the elements of the PyObject[] the runnable leaves on the stack. */
    private void unpack(IrInstr in, Runnable items) {
        int arr = e.scratch();
        items.run();
        c.astore(arr);
        for (int i = 0; i < in.outCount(); i++) {
            e.storeBegin(in.out(i));
            c.aload(arr);
            e.iconst(i);
            c.aaload();
            e.storeEnd();
        }
    }

    /** Raises operand x (an exception object) again, keeping its traceback. */
    private void reraise(int x) {
        c.iconst_1();
        c.istore(Emit.RERAISE);
        e.load(x);
        c.checkcast(PY_BASE_EXC);
        c.invokevirtual(PY_BASE_EXC, "toThrowable", mt(PY_EXCEPTION));
        c.athrow();
    }

    /** Leaving at a suspension point: frame.ip := the next index; the count is flushed. */
    private void suspendAt(int index) {
        c.aload(Emit.FRAME);
        e.iconst(index + 1);
        c.putfield(PY_FRAME, "ip", CD_int);
        e.flushCount();
    }

    /**
     * The resume point after a suspension at {@code index}: a pending exception (generator.throw())
     * is raised here, still inside the suspension point's handler region; else continue.
     */
    private void resumeCheck(int index) {
        c.labelBinding(e.resumeLabel(index + 1));
        c.aload(Emit.PENDING);
        c.ifnull(e.label(index + 1));
        c.aload(Emit.PENDING);
        e.support("raise", mt(Descs.RUNTIME_EXC, PY_BASE_EXC));
        c.athrow();
    }

    /** CALL_KW's keyword names (a constant tuple) as the String[] calls take. */
    private String[] kwNames(int operand) {
        if (!regpy.ir.Operand.isConst(operand)) throw new BodySpinner.Unsupported("CALL_KW with computed keyword names");
        return regpy.engine.RegisterOps.kwNames(e.consts[regpy.ir.Operand.index(operand)]);
    }

    /** A new PyObject[] of inputs [from, to). */
    private void array(IrInstr in, int from, int to) {
        e.iconst(to - from);
        c.anewarray(PY_OBJECT);
        for (int i = from; i < to; i++) {
            c.dup();
            e.iconst(i - from);
            e.load(in.in(i));
            c.aastore();
        }
    }

    /** co_names[i] as a String constant. */
    private void name(int i) { c.ldc(e.ir.code().names[i]); }

    /** R[A] := the value {@code value} leaves on the stack. */
    private void out(IrInstr in, Runnable value) {
        e.storeBegin(in.out(0));
        value.run();
        e.storeEnd();
    }

    private void unary(IrInstr in, ClassDesc owner, String name) {
        out(in, () -> {
            e.load(in.in(0));
            e.invoke(owner, name, mt(PY_OBJECT, PY_OBJECT));
        });
    }

    /** RegisterOps.isTrue (bool fast path, then Abstract.isTrue) on the value on the stack, leaving an int. */
    private void isTrue() { ops("isTrue", mt(CD_boolean, PY_OBJECT)); }

    /** bool(x) of an operand as an int: True and False by identity, anything else through isTrue. */
    private void truth(int x) {
        e.load(x);
        isTrue();
    }

    /** PyBool.of(int on the stack). */
    private void boolOf() { e.invoke(PY_BOOL, "of", mt(PY_BOOL, CD_boolean)); }

    /** (X[B] is X[C]) xor arg, as an int. */
    private void identity(IrInstr in) {
        e.load(in.in(0));
        e.load(in.in(1));
        java.lang.classfile.Label same = c.newLabel(), done = c.newLabel();
        c.if_acmpeq(same);
        c.iconst_0();
        c.goto_(done);
        c.labelBinding(same);
        c.iconst_1();
        c.labelBinding(done);
        if (in.arg() != 0) {
            c.iconst_1();
            c.ixor();
        }
    }

    /** (X[B] in X[C]) xor arg, as an int. */
    private void contains(IrInstr in) {
        loadAll(in);
        e.iconst(in.arg());
        ops("contains", mt(CD_boolean, PY_OBJECT, PY_OBJECT, CD_int));
    }

    /** if (X[B] == Owner.FIELD) == same: goto T. */
    private void branchIfSame(IrInstr in, ClassDesc owner, String field, boolean same) {
        e.load(in.in(0));
        c.getstatic(owner, field, owner);
        if (same) c.if_acmpeq(e.label(in.target()));
        else c.if_acmpne(e.label(in.target()));
    }

}
