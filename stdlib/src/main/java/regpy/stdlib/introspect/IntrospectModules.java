package regpy.stdlib.introspect;

import java.util.Set;

import regpy.modules.ModuleProvider;
import regpy.objects.PyModule;

/**
 * The Java halves of the introspection modules: {@code _ast} (ast.py), {@code _dis} (dis.py),
 * {@code _tokenize} (tokenize.py), {@code _pyc} (py_compile.py, compileall.py) and
 * {@code marshal}.
 *
 * <p>Creating this provider (the VM's module registry does so at start-up, through
 * ServiceLoader) also gives the code type the attributes the VM does not define itself
 * ({@link CodeAttributes}), so they exist before any import.
 */
public final class IntrospectModules implements ModuleProvider {
    static {
        CodeAttributes.install();
    }

    @Override public Set<String> names() { return Set.of("_ast", "_dis", "_tokenize", "_pyc", "marshal"); }

    @Override public PyModule create(String name) {
        return switch (name) {
            case "_ast" -> AstModule.create(name);
            case "_dis" -> DisModule.create(name);
            case "_tokenize" -> TokenizeModule.create(name);
            case "_pyc" -> PycModule.create(name);
            case "marshal" -> MarshalModule.create(name);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
