"""A minimal importlib for regpy: import_module on top of __import__.

regpy's import system is implemented by the VM, not by importlib._bootstrap, so only the
public helpers that can be expressed through __import__ and sys.modules are offered.
"""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a relative name (leading dots) is resolved against package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to invalidate: regpy's finders keep no caches visible to Python code."""


def reload(module):
    """Reload a previously imported module (re-executes its source in the same namespace)."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    filename = getattr(module, '__file__', None)
    if not filename or not filename.endswith('.py'):
        raise NotImplementedError(f'regpy importlib.reload(): cannot reload {name!r} '
                                  '(not loaded from a .py file)')
    with open(filename, encoding='utf-8') as source:
        code = compile(source.read(), filename, 'exec')
    exec(code, module.__dict__)
    return module
