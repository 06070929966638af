package regpy.cli;

import regpy.objects.*;

/** Loads a module for -m with __name__ == "__main__". */
final class MainModuleLoader {
    private MainModuleLoader() {}

    static PyObject load(String name) {
        return regpy.importer.MainModule.run(name);
    }
}
