package regpy.stdlib.introspect;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

import regpy.code.Pyc;
import regpy.objects.*;
import regpy.runtime.Args;
import regpy.runtime.Errors;
import regpy.runtime.Exceptions;
import regpy.runtime.PyException;

/**
 * {@code _pyc}: what py_compile.py and compileall.py need below Python: the .pyc format
 * (translator's {@link Pyc}: PEP 552 header, magic number, source hash) and the few file
 * operations they use (stat, listdir, read, atomic write), since regpy has no native os module.
 */
final class PycModule {
    private PycModule() {}

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.set("MAGIC_NUMBER", new PyBytes(Pyc.MAGIC.clone()));
        m.def("source_hash", (a, k) -> new PyBytes(Pyc.sourceHash(bytes(a[0]))));
        m.def("pyc_data", (a, k) -> {
            // pyc_data(code, source_bytes, mtime, size, mode): mode 0 timestamp, 1 checked hash, 2 unchecked hash
            PyObject[] p = Args.parse("pyc_data", a, k, 5, "code", "source", "mtime", "size", "mode");
            if (!(p[0] instanceof PyCode c)) throw Errors.typeError("pyc_data() needs a code object");
            int mode = Values.toInt(p[4], "mode");
            byte[] out = mode == 0
                    ? Pyc.timestampPyc(c.code, ((PyInt) p[2]).value, ((PyInt) p[3]).value)
                    : Pyc.hashPyc(c.code, bytes(p[1]), mode == 1);
            return new PyBytes(out);
        });
        m.def("stat", (a, k) -> stat(str(a[0])));
        m.def("listdir", (a, k) -> listdir(str(a[0])));
        m.def("read_bytes", (a, k) -> {
            Path p = Path.of(str(a[0]));
            try {
                return new PyBytes(Files.readAllBytes(p));
            } catch (IOException e) {
                throw osError(e, str(a[0]));
            }
        });
        m.def("write_atomic", (a, k) -> {
            writeAtomic(str(a[0]), bytes(a[1]));
            return PySingleton.NONE;
        });
        m.def("cpu_count", (a, k) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        return m;
    }

    private static byte[] bytes(PyObject o) {
        if (o instanceof PyBytes b) return b.bytes();
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
    }

    private static String str(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError("expected str, not " + o.type().getName());
    }

    /** (is_file, is_dir, is_link, mtime_seconds, size), or None when nothing is there. */
    private static PyObject stat(String path) {
        Path p = Path.of(path);
        try {
            boolean link = Files.isSymbolicLink(p);
            if (!Files.exists(p)) return link ? PyTuple.of(PyBool.FALSE, PyBool.FALSE, PyBool.TRUE, PyInt.ZERO, PyInt.ZERO) : PySingleton.NONE;
            BasicFileAttributes at = Files.readAttributes(p, BasicFileAttributes.class);
            return PyTuple.of(PyBool.of(at.isRegularFile()), PyBool.of(at.isDirectory()), PyBool.of(link),
                    PyInt.of(at.lastModifiedTime().toMillis() / 1000), PyInt.of(at.size()));
        } catch (IOException e) {
            throw osError(e, path);
        }
    }

    private static PyObject listdir(String path) {
        try (Stream<Path> s = Files.list(Path.of(path.isEmpty() ? "." : path))) {
            return new PyList(s.map(x -> (PyObject) PyStr.of(x.getFileName().toString())).toArray(PyObject[]::new));
        } catch (IOException e) {
            throw osError(e, path);
        }
    }

    /** Creates the parent directories, writes a temporary file beside the target and renames it over. */
    private static void writeAtomic(String path, byte[] data) {
        Path target = Path.of(path);
        try {
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, data);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw osError(e, path);
        }
    }

    static PyException osError(IOException e, String path) {
        PyType t = Types.OS_ERROR;
        int errno = 5;
        String msg = "Input/output error";
        if (e instanceof NoSuchFileException) { t = Types.FILE_NOT_FOUND_ERROR; errno = 2; msg = "No such file or directory"; }
        else if (e instanceof AccessDeniedException) { t = Types.PERMISSION_ERROR; errno = 13; msg = "Permission denied"; }
        else if (e instanceof FileAlreadyExistsException) { t = Types.FILE_EXISTS_ERROR; errno = 17; msg = "File exists"; }
        else if (e instanceof NotDirectoryException) { t = Types.NOT_A_DIRECTORY_ERROR; errno = 20; msg = "Not a directory"; }
        else if (Files.isDirectory(Path.of(path), LinkOption.NOFOLLOW_LINKS)) { t = Types.IS_A_DIRECTORY_ERROR; errno = 21; msg = "Is a directory"; }
        return Exceptions.create(t, new PyObject[] {PyInt.of(errno), PyStr.of(msg), PyStr.of(path)}).toThrowable();
    }
}
