package regpy.stdlib.introspect;

import regpy.objects.*;
import regpy.parse.PySyntaxError;
import regpy.runtime.Args;
import regpy.runtime.Errors;
import regpy.tokenize.SourceDecoder;
import regpy.tokenize.SourceText;
import regpy.tokenize.Token;
import regpy.tokenize.TokenType;
import regpy.tokenize.Tokenizer;

/**
 * {@code _tokenize}: the translator's tokenizer for tokenize.py. {@code tokens(source)} returns
 * (tokens, eof_line): every token as (exact_type, string, (row, col), (end_row, end_col), line),
 * and the last line number when the source ends inside brackets (else None). A tokenizer error
 * raises SyntaxError carrying the tokens before it in its {@code _tokens} attribute, so that
 * tokenize.py can yield them before reporting the error, as CPython's generator does. {@code detect_encoding(bytes)} and the token
 * numbering ({@code tok_name}) come from the same place.
 */
final class TokenizeModule {
    private TokenizeModule() {}

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.def("tokens", (a, k) -> {
            PyObject[] p = Args.parse("tokens", a, k, 1, "source", "filename");
            String filename = p[1] == null ? "<string>" : ((PyStr) p[1]).value;
            String text;
            if (p[0] instanceof PyStr s) text = s.value;
            else if (p[0] instanceof PyBytes b) text = decode(b.bytes(), filename).text();
            else throw Errors.typeError("tokens() source must be str or bytes");
            return tokens(text, filename);
        });
        m.def("detect_encoding", (a, k) -> {
            if (a.length != 1 || !(a[0] instanceof PyBytes b)) throw Errors.typeError("detect_encoding(bytes)");
            return PyStr.of(decode(b.bytes(), "<string>").encoding());
        });
        PyDict names = new PyDict();
        for (int t = 0; t <= TokenType.N_TOKENS; t++) names.put(PyInt.of(t), PyStr.of(TokenType.name(t)));
        m.set("tok_name", names);
        return m;
    }

    private static SourceDecoder.Decoded decode(byte[] data, String filename) {
        try {
            return SourceDecoder.decode(data, filename);
        } catch (PySyntaxError e) {
            throw SyntaxErrors.of(e);
        }
    }

    private static PyObject tokens(String text, String filename) {
        SourceText src = new SourceText(text, filename);
        Tokenizer t = new Tokenizer(src, true);
        try {
            t.run();
        } catch (PySyntaxError e) {
            throw SyntaxErrors.of(e);
        }
        PyList out = new PyList();
        for (Token k : t.tokens()) {
            if (k.type == TokenType.ERRORTOKEN) break;
            StringBuilder line = new StringBuilder();
            for (int l = k.line; l <= Math.max(k.line, k.endLine); l++) line.append(src.line(l));
            out.append(PyTuple.of(PyInt.of(k.type), PyStr.of(k.string), PyTuple.of(PyInt.of(k.line), PyInt.of(k.col)),
                    PyTuple.of(PyInt.of(k.endLine), PyInt.of(k.endCol)), PyStr.of(line.toString())));
        }
        PySyntaxError e = t.error();
        if (e != null) {
            PyList partial = out;
            regpy.runtime.PyException exc = SyntaxErrors.of(e);
            exc.exc.getDict().putStr("_tokens", partial);
            throw exc;
        }
        // (tokens, line of an end of file inside brackets or None)
        return PyTuple.of(out, t.eofInParens() ? PyInt.of(src.lineCount()) : PySingleton.NONE);
    }
}
