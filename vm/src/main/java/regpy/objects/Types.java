package regpy.objects;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import regpy.types.*;

/**
 * Every builtin type, created here in dependency order (object and type first). A type's
 * methods are installed by its init function the first time its dict is used, which keeps
 * start-up light. To add a builtin type: declare a constant with {@link #builtin} and write
 * its init function (see {@link PyObject}).
 */
public final class Types {
    private Types() {}

    public static final PyType OBJECT = new PyType("object", null, PyInstance::new, ObjectType::init);
    public static final PyType TYPE = builtin("type", OBJECT, null, TypeType::init);
    static { TYPE.factory = null; OBJECT.instanceDict = false; }

    public static final PyType INT = builtin("int", OBJECT, cls -> new PyInt.Sub(cls, PyInt.ZERO), IntType::init);
    public static final PyType BOOL = final_(builtin("bool", INT, null, IntType::initBool));
    public static final PyType FLOAT = builtin("float", OBJECT, cls -> new PyFloat.Sub(cls, 0.0), FloatType::init);
    public static final PyType COMPLEX = builtin("complex", OBJECT, cls -> new PyComplex.Sub(cls, 0, 0), ComplexType::init);
    public static final PyType STR = builtin("str", OBJECT, cls -> new PyStr.Sub(cls, ""), StrType::init);
    public static final PyType BYTES = builtin("bytes", OBJECT, cls -> new PyBytes.Sub(cls, new byte[0], false), BytesType::initBytes);
    public static final PyType BYTEARRAY = builtin("bytearray", OBJECT, cls -> cls == null ? null : new PyBytes.Sub(cls, new byte[0], true), BytesType::initByteArray);
    public static final PyType LIST = builtin("list", OBJECT, PyList.Sub::new, ListType::init);
    public static final PyType TUPLE = builtin("tuple", OBJECT, cls -> new PyTuple.Sub(cls, new PyObject[0]), TupleType::init);
    public static final PyType DICT = builtin("dict", OBJECT, PyDict.Sub::new, DictType::init);
    public static final PyType SET = builtin("set", OBJECT, cls -> new PySet.Sub(cls, false), SetType::initSet);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT, cls -> new PySet.Sub(cls, true), SetType::initFrozenSet);
    public static final PyType RANGE = final_(builtin("range", OBJECT, null, RangeType::init));
    public static final PyType SLICE = final_(builtin("slice", OBJECT, null, RangeType::initSlice));
    public static final PyType NONE_TYPE = final_(builtin("NoneType", OBJECT, null, SingletonTypes::initNone));
    public static final PyType NOT_IMPLEMENTED_TYPE = final_(builtin("NotImplementedType", OBJECT, null, SingletonTypes::initNotImplemented));
    public static final PyType ELLIPSIS_TYPE = final_(builtin("ellipsis", OBJECT, null, SingletonTypes::initEllipsis));

    public static final PyType FUNCTION = final_(builtin("function", OBJECT, null, FunctionTypes::initFunction));
    public static final PyType METHOD = final_(builtin("method", OBJECT, null, FunctionTypes::initMethod));
    public static final PyType BUILTIN_FUNCTION = final_(builtin("builtin_function_or_method", OBJECT, null, FunctionTypes::initBuiltin));
    public static final PyType METHOD_DESCRIPTOR = final_(builtin("method_descriptor", OBJECT, null, FunctionTypes::initMethodDescr));
    public static final PyType GETSET_DESCRIPTOR = final_(builtin("getset_descriptor", OBJECT, null, FunctionTypes::initGetSet));
    public static final PyType MEMBER_DESCRIPTOR = final_(builtin("member_descriptor", OBJECT, null, FunctionTypes::initMember));
    public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT, PyClassMethod::newEmpty, FunctionTypes::initClassMethod);
    public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT, PyStaticMethod::newEmpty, FunctionTypes::initStaticMethod);
    public static final PyType PROPERTY = builtin("property", OBJECT, PyProperty::new, FunctionTypes::initProperty);
    public static final PyType SUPER = builtin("super", OBJECT, null, FunctionTypes::initSuper);
    public static final PyType MODULE = builtin("module", OBJECT, cls -> new PyModule(cls, null, new PyDict()), FunctionTypes::initModule);
    public static final PyType CELL = final_(builtin("cell", OBJECT, null, FunctionTypes::initCell));
    public static final PyType CODE = final_(builtin("code", OBJECT, null, FunctionTypes::initCode));
    public static final PyType FRAME = final_(builtin("frame", OBJECT, null, FunctionTypes::initFrame));
    public static final PyType TRACEBACK = final_(builtin("traceback", OBJECT, null, FunctionTypes::initTraceback));
    public static final PyType GENERATOR = final_(builtin("generator", OBJECT, null, GeneratorTypes::initGenerator));
    public static final PyType COROUTINE = final_(builtin("coroutine", OBJECT, null, GeneratorTypes::initCoroutine));
    public static final PyType ASYNC_GENERATOR = final_(builtin("async_generator", OBJECT, null, GeneratorTypes::initAsyncGenerator));
    public static final PyType CORO_WRAPPER = final_(builtin("coroutine_wrapper", OBJECT, null, GeneratorTypes::initAwaitWrapper));

    // iterators and views
    public static final PyType ITERATOR = final_(builtin("iterator", OBJECT, null, IteratorTypes::init));
    public static final PyType LIST_ITERATOR = final_(builtin("list_iterator", OBJECT, null, IteratorTypes::init));
    public static final PyType LIST_REVERSEITERATOR = final_(builtin("list_reverseiterator", OBJECT, null, IteratorTypes::init));
    public static final PyType TUPLE_ITERATOR = final_(builtin("tuple_iterator", OBJECT, null, IteratorTypes::init));
    public static final PyType STR_ITERATOR = final_(builtin("str_ascii_iterator", OBJECT, null, IteratorTypes::init));
    public static final PyType BYTES_ITERATOR = final_(builtin("bytes_iterator", OBJECT, null, IteratorTypes::init));
    public static final PyType RANGE_ITERATOR = final_(builtin("range_iterator", OBJECT, null, IteratorTypes::init));
    public static final PyType SET_ITERATOR = final_(builtin("set_iterator", OBJECT, null, IteratorTypes::init));
    public static final PyType DICT_KEYITERATOR = final_(builtin("dict_keyiterator", OBJECT, null, IteratorTypes::init));
    public static final PyType DICT_VALUEITERATOR = final_(builtin("dict_valueiterator", OBJECT, null, IteratorTypes::init));
    public static final PyType DICT_ITEMITERATOR = final_(builtin("dict_itemiterator", OBJECT, null, IteratorTypes::init));
    public static final PyType CALLABLE_ITERATOR = final_(builtin("callable_iterator", OBJECT, null, IteratorTypes::init));
    public static final PyType DICT_KEYS = final_(builtin("dict_keys", OBJECT, null, DictType::initKeysView));
    public static final PyType DICT_VALUES = final_(builtin("dict_values", OBJECT, null, DictType::initValuesView));
    public static final PyType DICT_ITEMS = final_(builtin("dict_items", OBJECT, null, DictType::initItemsView));
    public static final PyType ENUMERATE = builtin("enumerate", OBJECT, null, IteratorTypes::initEnumerate);
    public static final PyType ZIP = builtin("zip", OBJECT, null, IteratorTypes::initZip);
    public static final PyType MAP = builtin("map", OBJECT, null, IteratorTypes::initMap);
    public static final PyType FILTER = builtin("filter", OBJECT, null, IteratorTypes::initFilter);
    public static final PyType REVERSED = builtin("reversed", OBJECT, null, IteratorTypes::initReversed);

    // ---- exceptions ---------------------------------------------------------------------------
    private static final Map<String, PyType> EXCEPTIONS = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = exc("BaseException", OBJECT);
    public static final PyType BASE_EXCEPTION_GROUP = exc("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
    public static final PyType EXCEPTION_GROUP = exc2("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = exc("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = exc("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = exc("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exc("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = exc("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = exc("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = exc("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exc("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = exc("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = exc("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = exc("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = exc("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exc("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = exc("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyType PYTHON_FINALIZATION_ERROR = exc("PythonFinalizationError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = exc("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyType INCOMPLETE_INPUT_ERROR = exc("_IncompleteInputError", SYNTAX_ERROR);
    public static final PyType INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = exc("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = exc("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = exc("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = exc("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = exc("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = exc("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = exc("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = exc("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = exc("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = exc("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = exc("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = exc("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = exc("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = exc("UserWarning", WARNING);

    /** The builtin exception types by name, in definition order (for the builtins module). */
    public static Map<String, PyType> exceptions() { return EXCEPTIONS; }

    // ---- helpers ------------------------------------------------------------------------------

    public static PyType builtin(String name, PyType base, Fn.Factory factory, Consumer<PyType> init) {
        return new PyType(name, base, factory, init);
    }

    private static PyType final_(PyType t) { t.baseType = false; return t; }

    private static PyType exc(String name, PyType base) {
        PyType t = new PyType(name, base, name.equals("BaseException") ? PyBaseException::new : null,
                ExceptionTypes.initFor(name));
        t.isException = true;
        EXCEPTIONS.put(name, t);
        return t;
    }

    private static PyType exc2(String name, PyType base1, PyType base2) {
        PyType t = exc(name, base1);
        t.setBases(new PyType[] {base1, base2});
        return t;
    }
}
