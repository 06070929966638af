package regpy.stdlib.introspect;

import java.nio.charset.StandardCharsets;

import regpy.ast.Mod;
import regpy.ast.Node;
import regpy.code.CodeObject;
import regpy.compile.Compiler;
import regpy.objects.*;
import regpy.parse.Parser;
import regpy.parse.PySyntaxError;
import regpy.runtime.Abstract;
import regpy.runtime.Args;
import regpy.runtime.Errors;

/**
 * builtins.compile() with everything CPython 3.13's accepts: source as str, bytes or an AST
 * object; modes exec/eval/single (and func_type with PyCF_ONLY_AST); flags (PyCF_ONLY_AST and
 * the compiler flags, checked); dont_inherit; optimize -1..2; _feature_version.
 * Installed over the VM's compile() when the _ast module is first imported (see AstModule).
 */
final class CompileBuiltin {
    private CompileBuiltin() {}

    static final int PyCF_ONLY_AST = 0x400, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
            PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000, PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST,
            PyCF_DONT_IMPLY_DEDENT = 0x200, PyCF_SOURCE_IS_UTF8 = 0x100, PyCF_IGNORE_COOKIE = 0x800;
    /** Every flag compile() accepts: the __future__ compiler flags and the PyCF_ ones. */
    private static final int FUTURE_FLAGS = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000
            | 0x800000 | 0x1000000 | 0x2000000;
    private static final int ALLOWED = FUTURE_FLAGS | PyCF_ONLY_AST | PyCF_TYPE_COMMENTS | PyCF_ALLOW_TOP_LEVEL_AWAIT
            | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_OPTIMIZED_AST | PyCF_DONT_IMPLY_DEDENT | PyCF_SOURCE_IS_UTF8
            | PyCF_IGNORE_COOKIE;

    static PyObject compile(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("compile", a, k, 3, "source", "filename", "mode", "flags", "dont_inherit",
                "optimize", "_feature_version");
        String filename = filename(p[1]);
        if (!(p[2] instanceof PyStr ms)) throw Errors.typeError("compile() argument 'mode' must be str, not " + p[2].type().getName());
        String mode = ms.value;
        int flags = p[3] == null ? 0 : Values.toInt(p[3], "compile() argument 'flags'");
        int optimize = p[5] == null ? -1 : Values.toInt(p[5], "compile() argument 'optimize'");
        if ((flags & ~ALLOWED) != 0) throw Errors.valueError("compile(): unrecognised flags");
        if (optimize < -1 || optimize > 2) throw Errors.valueError("compile(): invalid optimize value");
        boolean onlyAst = (flags & PyCF_ONLY_AST) != 0;
        if (mode.equals("func_type")) {
            if (!onlyAst) throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        } else if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        PyObject source = p[0];
        if (AstClasses.isAst(source)) {
            if (onlyAst) return source;
            Mod tree = toMod(source, mode);
            return new PyCode(compileTree(tree, filename, mode, optimize));
        }
        Mod tree = parse(source, filename, mode, (flags & PyCF_TYPE_COMMENTS) != 0);
        if (onlyAst) return AstToPython.convert(tree);
        return new PyCode(compileTree(tree, filename, mode, optimize));
    }

    /** An AST object as the Mod the mode expects, converted and validated. */
    static Mod toMod(PyObject source, String mode) {
        String expected = switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "FunctionType";
        };
        regpy.ast.NodeType t = AstClasses.nodeTypeOf(source);
        if (t == null || !expected.equals(t.name()))
            throw Errors.typeError("expected " + expected + " node, got " + source.type().getName());
        Node n = PythonToAst.convert(source, "mod");
        AstValidator.validate(n);
        return (Mod) n;
    }

    static Mod parse(PyObject source, String filename, String mode) {
        return parse(source, filename, mode, false);
    }

    /** typeComments: PyCF_TYPE_COMMENTS. _feature_version is accepted and has no effect (as for 3.13 sources). */
    static Mod parse(PyObject source, String filename, String mode, boolean typeComments) {
        try {
            if (source instanceof PyStr s) {
                if (s.value.indexOf('\0') >= 0) throw nullBytes();
                return Parser.parse(s.value, filename, mode, typeComments);
            }
            if (source instanceof PyBytes b) {
                byte[] data = b.bytes();
                for (byte x : data) if (x == 0) throw nullBytes();
                return Parser.parse(data, filename, mode, typeComments);
            }
        } catch (PySyntaxError e) {
            throw SyntaxErrors.of(e);
        }
        throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
    }

    static CodeObject compileTree(Mod tree, String filename, String mode, int optimize) {
        try {
            return Compiler.compile(tree, filename, mode, optimize);
        } catch (PySyntaxError e) {
            throw SyntaxErrors.of(e);
        }
    }

    private static regpy.runtime.PyException nullBytes() {
        return Errors.of(Types.SYNTAX_ERROR, "source code string cannot contain null bytes");
    }

    private static String filename(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        if (o instanceof PyBytes b && !b.isMutable()) return new String(b.bytes(), StandardCharsets.UTF_8);
        PyObject fspath = regpy.runtime.Attr.getAttrOrNull(o, "__fspath__");
        if (fspath != null) return Abstract.strString(regpy.runtime.Calls.call0(fspath));
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + o.type().getName());
    }
}
