"""Abstract Base Classes (pure-Python abc for regpy).

ABCMeta computes __abstractmethods__ the way CPython does; the VM's object.__new__ refuses to
instantiate a class whose __abstractmethods__ is non-empty.  Virtual subclasses (register) and
__subclasshook__ results are cached per ABC and invalidated by a global counter bumped on every
register().  The registry holds strong references (regpy has no weakref module yet).
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Decorator marking a method abstract; the class cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod with abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod with abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property with abstractmethod instead."""
    __isabstractmethod__ = True


class _AbcState:
    """Per-ABC registry and caches (CPython keeps the same in cls._abc_impl)."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self, version):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = version


_invalidation_counter = 0


def get_cache_token():
    """Token that changes whenever any ABC's virtual subclass registry changes."""
    return _invalidation_counter


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items
                 if getattr(value, '__isabstractmethod__', False)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _AbcState(_invalidation_counter)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.  Returns the subclass, to allow use as a decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_version == _invalidation_counter and subclass in state.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < _invalidation_counter:
            state.negative_cache = set()
            state.negative_version = _invalidation_counter
        elif subclass in state.negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
            (state.cache if verdict else state.negative_cache).add(subclass)
            return verdict
        if cls in getattr(subclass, '__mro__', ()) or \
                any(issubclass(subclass, r) for r in state.registry) or \
                any(issubclass(subclass, s) for s in type.__subclasses__(cls)):
            state.cache.add(subclass)
            return True
        state.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        state = cls._abc_impl
        print(f'_abc_registry: {state.registry!r}', file=file)
        print(f'_abc_cache: {state.cache!r}', file=file)
        print(f'_abc_negative_cache: {state.negative_cache!r}', file=file)
        print(f'_abc_negative_cache_version: {state.negative_version!r}', file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or removed by a decorator."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
