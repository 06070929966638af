package regpy.modules;

import regpy.objects.*;

/** io / _io: StringIO, BytesIO, open, TextIOWrapper. */
final class IoModule {
    private IoModule() {}

    static PyModule create(String name) {
        PyModule m = new PyModule(name);
        m.set("StringIO", PyFile.STRING_IO);
        m.set("BytesIO", PyFile.BYTES_IO);
        m.set("TextIOWrapper", PyFile.TEXT_IO);
        m.def("open", PyFile::open);
        m.set("DEFAULT_BUFFER_SIZE", PyInt.of(8192));
        m.set("UnsupportedOperation", Types.OS_ERROR);
        return m;
    }
}
