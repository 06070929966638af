"""Names for built-in types and helpers for dynamic type creation (pure-Python types for regpy)."""

import sys
from reprlib import recursive_repr as _recursive_repr

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
           'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
           'get_original_bases', 'DynamicClassAttribute', 'coroutine', 'GenericAlias',
           'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType']


def _probe(make):
    """type(make()), or None when the VM cannot produce such an object (yet)."""
    try:
        return type(make())
    except Exception:
        return None


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = _probe(lambda: _f.__code__)


def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = _probe(_cell_factory)


def _g():
    yield 1
GeneratorType = type(_g())


def _async_types():
    async def _c(): pass

    async def _ag():
        yield
    try:
        coro = _c()
        coroutine_type = type(coro)
        coro.close()
        return coroutine_type, type(_ag())
    except Exception:  # a VM without coroutines: the names stay importable, as None
        return None, None


CoroutineType, AsyncGeneratorType = _async_types()


class _C:
    def _m(self): pass
MethodType = type(_C()._m)


def _traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = _probe(lambda: object.__init__)
MethodWrapperType = _probe(lambda: object().__str__)
MethodDescriptorType = _probe(lambda: str.join)
ClassMethodDescriptorType = _probe(lambda: dict.__dict__['fromkeys'])
ModuleType = type(sys)
TracebackType = _probe(_traceback)
FrameType = _probe(lambda: _traceback().tb_frame)
GetSetDescriptorType = _probe(lambda: FunctionType.__code__)
MemberDescriptorType = _probe(lambda: FunctionType.__globals__)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


class _GenericAliasFallback:
    """list[int] for a VM without a native types.GenericAlias."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAliasFallback):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        def name(t):
            if isinstance(t, type):
                return t.__qualname__ if t.__module__ == 'builtins' else \
                    f'{t.__module__}.{t.__qualname__}'
            return '...' if t is Ellipsis else repr(t)
        return f"{name(self.__origin__)}[{', '.join(name(a) for a in self.__args__)}]"


class _UnionTypeFallback:
    """Stands for types.UnionType on a VM where int | str is not supported (never created)."""


GenericAlias = _probe(lambda: list[int]) or _GenericAliasFallback
UnionType = _probe(lambda: int | str) or _UnionTypeFallback
_GenericAliasFallback.__name__ = _GenericAliasFallback.__qualname__ = 'GenericAlias'
_UnionTypeFallback.__name__ = _UnionTypeFallback.__qualname__ = 'UnionType'

del sys, _f, _g, _C, _async_types, _cell_factory, _traceback


# ---------------------------------------------------------------- MappingProxyType

def _native_mappingproxy():
    proxy = type(type.__dict__)
    return proxy if proxy is not dict else None


class _ReadOnlyMapping:
    """Read-only view of a mapping, for a VM without a native mappingproxy type."""
    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') \
                or isinstance(mapping, (list, tuple)):
            raise TypeError(f'mappingproxy() argument must be a mapping, not {type(mapping).__name__}')
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key): return self._mapping[key]
    def __contains__(self, key): return key in self._mapping
    def __iter__(self): return iter(self._mapping)
    def __len__(self): return len(self._mapping)
    def __reversed__(self): return reversed(self._mapping)
    def __eq__(self, other): return self._mapping == other
    def __repr__(self): return f'mappingproxy({self._mapping!r})'
    def __str__(self): return str(self._mapping)
    def __or__(self, other): return dict(self._mapping) | other
    def __ror__(self, other): return other | dict(self._mapping)
    def get(self, key, default=None): return self._mapping.get(key, default)
    def keys(self): return self._mapping.keys()
    def values(self): return self._mapping.values()
    def items(self): return self._mapping.items()
    def copy(self): return self._mapping.copy()

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


MappingProxyType = _native_mappingproxy() or _ReadOnlyMapping
_ReadOnlyMapping.__name__ = _ReadOnlyMapping.__qualname__ = 'mappingproxy'


# ---------------------------------------------------------------- SimpleNamespace

class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable).items():
            if not isinstance(key, str):
                raise TypeError(f'keywords must be strings, not {type(key).__name__!r}')
            setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = self._repr_items()
        return f'{name}(...)' if items is None else f'{name}({items})'

    @_recursive_repr(fillvalue=None)
    def _repr_items(self):
        return ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # Unhashable; the message names the type as CPython's C type does.
        raise TypeError("unhashable type: 'types.SimpleNamespace'")

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)

    def __replace__(self, /, **changes):
        result = type(self)(**self.__dict__)
        result.__dict__.update(changes)
        return result


# ---------------------------------------------------------------- dynamic class creation

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if updated else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass: returns (meta, ns, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """The class's bases before __mro_entries__ substitution."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """A property that, accessed on the class, falls through to the metaclass's __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, None if self.overwrite_doc else self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Convert a regular generator function into a coroutine (generator-based, legacy)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func
