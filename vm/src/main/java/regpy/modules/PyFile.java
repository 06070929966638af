package regpy.modules;

import java.io.*;
import java.nio.charset.StandardCharsets;

import regpy.objects.*;
import regpy.runtime.*;

/**
 * File objects: text files (TextIOWrapper: sys.stdout, open(..., 'w')), binary files, and the
 * in-memory StringIO/BytesIO. Output is buffered; writes are synchronized so one print call
 * is never interleaved with another thread's. Reading loads the content on first read.
 */
public final class PyFile extends PyObject {
    public static final PyType TEXT_IO = Types.builtin("_io.TextIOWrapper", Types.OBJECT, null, PyFile::init);
    public static final PyType BUFFERED = Types.builtin("_io.BufferedWriter", Types.OBJECT, null, PyFile::init);
    public static final PyType STRING_IO = Types.builtin("_io.StringIO", Types.OBJECT, cls -> new PyFile(cls, null, null, "StringIO", "r+", false), PyFile::initStringIO);
    public static final PyType BYTES_IO = Types.builtin("_io.BytesIO", Types.OBJECT, cls -> new PyFile(cls, null, null, "BytesIO", "r+b", true), PyFile::initStringIO);

    private final PyType type;
    private PyDict dict;
    final String name, mode;
    final boolean binary;
    private OutputStream out;
    private InputStream in;
    /** Readable content (text files: decoded; binary: latin-1 chars) and the read position. */
    private StringBuilder content;
    private int pos;
    private boolean closed;
    /** Flush this file before writing to stderr-like files (stdout before stderr). */
    PyFile flushFirst;
    boolean lineFlush;

    PyFile(PyType type, OutputStream out, InputStream in, String name, String mode, boolean binary) {
        this.type = type;
        this.out = out;
        this.in = in;
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        if (type == STRING_IO || type == BYTES_IO) content = new StringBuilder();
    }

    public static PyFile stdout() {
        return new PyFile(TEXT_IO, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), null, "<stdout>", "w", false);
    }

    public static PyFile stderr(PyFile stdout) {
        PyFile f = new PyFile(TEXT_IO, new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 12), null, "<stderr>", "w", false);
        f.flushFirst = stdout;
        f.lineFlush = true;
        return f;
    }

    public static PyFile stdin() {
        return new PyFile(TEXT_IO, null, new BufferedInputStream(new FileInputStream(FileDescriptor.in)), "<stdin>", "r", false);
    }

    @Override public PyType type() { return type; }
    @Override public PyDict getDict() { if (dict == null) dict = new PyDict(); return dict; }

    private void checkOpen() {
        if (closed) throw Errors.valueError("I/O operation on closed file.");
    }

    public synchronized void write(String s) {
        checkOpen();
        if (content != null) {
            if (pos == content.length()) content.append(s);
            else {
                int end = Math.min(content.length(), pos + s.length());
                content.replace(pos, end, s);
            }
            pos += s.length();
            return;
        }
        if (out == null) throw Errors.of(Types.exceptions().get("OSError"), "not writable");
        if (flushFirst != null) flushFirst.flush();
        try {
            out.write(binary ? s.getBytes(StandardCharsets.ISO_8859_1) : s.getBytes(StandardCharsets.UTF_8));
            if (lineFlush) out.flush();
        } catch (IOException e) {
            throw Errors.of(Types.OS_ERROR, e.getMessage());
        }
    }

    public synchronized void flush() {
        if (out != null && !closed) {
            try { out.flush(); } catch (IOException ignored) { }
        }
    }

    public synchronized void close() {
        if (closed) return;
        flush();
        try {
            if (out != null && name != null && !name.startsWith("<")) out.close();
            if (in != null && name != null && !name.startsWith("<")) in.close();
        } catch (IOException ignored) { }
        if (type != STRING_IO && type != BYTES_IO) closed = true;
        else closed = true;
    }

    private void load() {
        if (content != null) return;
        if (in == null) throw Errors.of(Types.exceptions().get("OSError"), "not readable");
        try {
            byte[] data = in.readAllBytes();
            String s = binary ? new String(data, StandardCharsets.ISO_8859_1) : new String(data, StandardCharsets.UTF_8).replace("\r\n", "\n");
            content = new StringBuilder(s);
        } catch (IOException e) {
            throw Errors.of(Types.OS_ERROR, e.getMessage());
        }
    }

    public synchronized String read(long n) {
        checkOpen();
        load();
        int end = n < 0 ? content.length() : (int) Math.min(content.length(), pos + n);
        String r = content.substring(Math.min(pos, content.length()), Math.max(end, Math.min(pos, content.length())));
        pos = Math.max(pos, end);
        return r;
    }

    /** The next line including its newline, "" at the end. */
    public synchronized String readline() {
        checkOpen();
        if (in != null && content == null && name.equals("<stdin>")) return readStdinLine();
        load();
        if (pos >= content.length()) return "";
        int nl = content.indexOf("\n", pos);
        int end = nl < 0 ? content.length() : nl + 1;
        String r = content.substring(pos, end);
        pos = end;
        return r;
    }

    private String readStdinLine() {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                b.write(c);
                if (c == '\n') break;
            }
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private PyObject wrap(String s) {
        return binary ? new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(s);
    }

    private String unwrap(PyObject o) {
        if (binary) {
            if (!(o instanceof PyBytes b)) throw Errors.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
            return new String(b.bytes(), StandardCharsets.ISO_8859_1);
        }
        if (!(o instanceof PyStr s)) throw Errors.typeError("write() argument must be str, not " + o.type().getName());
        return s.value;
    }

    static PyFile f(PyObject o) { return (PyFile) o; }

    static void init(PyType t) {
        t.m1("write", (self, s) -> {
            String v = f(self).unwrap(s);
            f(self).write(v);
            return PyInt.of(v.length());
        });
        t.m1("writelines", (self, lines) -> {
            for (PyObject l : Iter.toArray(lines)) f(self).write(f(self).unwrap(l));
            return PySingleton.NONE;
        });
        t.mv("read", (self, a, k) -> f(self).wrap(f(self).read(a.length == 0 || a[0] == PySingleton.NONE ? -1 : Abstract.indexLong(a[0]))));
        t.mv("readline", (self, a, k) -> f(self).wrap(f(self).readline()));
        t.mv("readlines", (self, a, k) -> {
            PyList l = new PyList();
            for (String s; !(s = f(self).readline()).isEmpty(); ) l.append(f(self).wrap(s));
            return l;
        });
        t.m0("__iter__", self -> { f(self).checkOpen(); return self; });
        t.m0("__next__", self -> {
            String s = f(self).readline();
            if (s.isEmpty()) throw Errors.stopIteration();
            return f(self).wrap(s);
        });
        t.m0("flush", self -> { f(self).flush(); return PySingleton.NONE; });
        t.m0("close", self -> { f(self).close(); return PySingleton.NONE; });
        t.m0("__enter__", self -> { f(self).checkOpen(); return self; });
        t.mv("__exit__", (self, a, k) -> { f(self).close(); return PySingleton.NONE; });
        t.m0("readable", self -> PyBool.of(f(self).in != null || f(self).content != null));
        t.m0("writable", self -> PyBool.of(f(self).out != null || f(self).content != null));
        t.m0("seekable", self -> PyBool.of(f(self).content != null));
        t.m0("isatty", self -> PyBool.FALSE);
        t.m0("fileno", self -> PyInt.of(f(self).name.equals("<stdin>") ? 0 : f(self).name.equals("<stdout>") ? 1 : f(self).name.equals("<stderr>") ? 2 : 3));
        t.getset("closed", self -> PyBool.of(f(self).closed), null);
        t.getset("name", self -> PyStr.of(f(self).name), null);
        t.getset("mode", self -> PyStr.of(f(self).mode), null);
        t.getset("encoding", self -> PyStr.of("utf-8"), null);
        t.m0("__repr__", self -> PyStr.of("<" + self.type().getName() + " name='" + f(self).name + "' mode='" + f(self).mode + "' encoding='utf-8'>"));
    }

    static void initStringIO(PyType t) {
        init(t);
        t.mv("__init__", (self, a, k) -> {
            PyObject[] p = Args.parse(self.type().getName(), a, k, 0, "initial_value", "newline");
            PyFile f = f(self);
            f.content = new StringBuilder();
            f.pos = 0;
            if (p[0] != null && p[0] != PySingleton.NONE) f.content.append(f.unwrap(p[0]));
            return PySingleton.NONE;
        });
        t.m0("getvalue", self -> {
            f(self).checkOpen();
            return f(self).wrap(f(self).content.toString());
        });
        t.mv("seek", (self, a, k) -> {
            long p = Abstract.indexLong(a[0]);
            int whence = a.length > 1 ? (int) Abstract.indexLong(a[1]) : 0;
            PyFile f = f(self);
            f.pos = (int) (whence == 0 ? p : whence == 1 ? f.pos + p : f.content.length() + p);
            return PyInt.of(f.pos);
        });
        t.m0("tell", self -> PyInt.of(f(self).pos));
        t.mv("truncate", (self, a, k) -> {
            PyFile f = f(self);
            int size = a.length == 0 || a[0] == PySingleton.NONE ? f.pos : (int) Abstract.indexLong(a[0]);
            if (size < f.content.length()) f.content.setLength(size);
            return PyInt.of(size);
        });
        t.m0("__repr__", self -> PyStr.of("<" + self.type().getName() + " object at " + regpy.types.ObjectType.addr(self) + ">"));
    }

    /** open(file, mode='r', ...). */
    public static PyObject open(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("open", a, k, 1, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener");
        String path = Abstract.strString(p[0]);
        String mode = p[1] == null ? "r" : ((PyStr) p[1]).value;
        boolean binary = mode.contains("b");
        File file = new File(path);
        try {
            if (mode.contains("r") && !mode.contains("+")) {
                if (file.isDirectory()) throw oserror(Types.IS_A_DIRECTORY_ERROR, 21, "Is a directory", path);
                return new PyFile(binary ? BUFFERED : TEXT_IO, null, new FileInputStream(file), path, mode, binary);
            }
            if (mode.contains("x") && file.exists()) throw oserror(Types.FILE_EXISTS_ERROR, 17, "File exists", path);
            boolean append = mode.contains("a");
            OutputStream os = new BufferedOutputStream(new FileOutputStream(file, append), 1 << 14);
            PyFile f = new PyFile(binary ? BUFFERED : TEXT_IO, os, null, path, mode, binary);
            return f;
        } catch (FileNotFoundException e) {
            if (file.isDirectory()) throw oserror(Types.IS_A_DIRECTORY_ERROR, 21, "Is a directory", path);
            if (!file.exists()) throw oserror(Types.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", path);
            throw oserror(Types.PERMISSION_ERROR, 13, "Permission denied", path);
        }
    }

    static PyException oserror(PyType t, int errno, String msg, String path) {
        PyBaseException e = Exceptions.create(t, new PyObject[] {PyInt.of(errno), PyStr.of(msg)});
        e.getDict().putStr("errno", PyInt.of(errno));
        e.getDict().putStr("strerror", PyStr.of(msg));
        e.getDict().putStr("filename", PyStr.of(path));
        return e.toThrowable();
    }
}
