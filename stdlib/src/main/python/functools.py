"""Higher-order functions and operations on callables (pure-Python functools for regpy)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _thread import allocate_lock as _allocate_lock
from collections import namedtuple as _namedtuple

# ---------------------------------------------------------------- update_wrapper / wraps

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes, merge the updated ones."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ is overridden.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

def _from_lt():
    def gt(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else (not r and self != other)
    def le(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else (r or self == other)
    def ge(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else not r
    return {'__gt__': gt, '__le__': le, '__ge__': ge}


def _from_le():
    def ge(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else (not r or self == other)
    def lt(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else (r and self != other)
    def gt(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else not r
    return {'__ge__': ge, '__lt__': lt, '__gt__': gt}


def _from_gt():
    def lt(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (not r and self != other)
    def ge(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (r or self == other)
    def le(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else not r
    return {'__lt__': lt, '__ge__': ge, '__le__': le}


def _from_ge():
    def le(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (not r or self == other)
    def gt(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (r and self != other)
    def lt(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else not r
    return {'__le__': le, '__gt__': gt, '__lt__': lt}


_ORDERING_ROOTS = {'__lt__': _from_lt, '__le__': _from_le, '__gt__': _from_gt, '__ge__': _from_ge}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from one that is defined."""
    defined = {op for op in _ORDERING_ROOTS
               if getattr(cls, op, None) is not getattr(object, op, None)}
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)  # CPython prefers __lt__ > __le__ > __gt__ > __ge__ by name order
    for name, func in _ORDERING_ROOTS[root]().items():
        if name not in defined:
            func.__name__ = name
            func.__qualname__ = f'{cls.__qualname__}.{name}'
            setattr(cls, name, func)
    return cls


# ---------------------------------------------------------------- cmp_to_key

def cmp_to_key(mycmp):
    """Convert an old-style cmp= function into a key= function."""
    class KeyWrapper:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def _cmp(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError('other argument must be K instance')
            return mycmp(self.obj, other.obj)

        def __lt__(self, other): return self._cmp(other) < 0
        def __gt__(self, other): return self._cmp(other) > 0
        def __eq__(self, other): return self._cmp(other) == 0
        def __le__(self, other): return self._cmp(other) <= 0
        def __ge__(self, other): return self._cmp(other) >= 0

        def __hash__(self):
            # CPython's C type is named functools.KeyWrapper; keep its message.
            raise TypeError("unhashable type: 'functools.KeyWrapper'")
    KeyWrapper.__module__ = 'functools'
    return KeyWrapper


# ---------------------------------------------------------------- reduce

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """Apply a function of two arguments cumulatively to the items of an iterable."""
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- partial / partialmethod

def _partial_repr(obj, func):
    args = [repr(func)]
    args.extend(repr(x) for x in obj.args)
    args.extend(f'{k}={v!r}' for k, v in obj.keywords.items())
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}({', '.join(args)})"


class partial:
    """New function with partial application of the given arguments and keywords."""
    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:  # flatten nested partials, as CPython does
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        return _partial_repr(self, self.func)

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError(f'expected 4 items in state, got {len(state)}')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds else {}
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        return _partial_repr(self, self.func)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- lru_cache / cache

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _HashedSeq(list):
    """A key list that hashes once: the cache looks a key up several times."""
    __slots__ = 'hashvalue'

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_KWD_MARK = (object(),)
_FAST_TYPES = {int, str}


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function with a least-recently-used cache of maxsize entries."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # A dict keeps insertion order, so "least recently used" is simply its first key:
    # a hit re-inserts its key at the end.
    cache = {}
    stats = [0, 0]  # hits, misses
    lock = _allocate_lock()
    sentinel = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.pop(key, sentinel)
                if result is not sentinel:
                    cache[key] = result
                    stats[0] += 1
                    return result
                stats[1] += 1
            result = user_function(*args, **kwds)
            with lock:
                if key not in cache:
                    if len(cache) >= maxsize:
                        del cache[next(iter(cache))]
                    cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        with lock:
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        with lock:
            cache.clear()
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- singledispatch

def _find_impl(cls, registry):
    """The implementation registered for the closest class in cls's MRO (ABCs included)."""
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    # Registered ABCs that cls is a virtual subclass of: pick the most specific one.
    match = None
    for typ in registry:
        if typ is object or typ in cls.__mro__:
            continue
        try:
            if issubclass(cls, typ) and (match is None or issubclass(typ, match)):
                match = typ
        except TypeError:
            continue
    if match is not None:
        return registry[match]
    return registry.get(object)


def _is_union_type(cls):
    import types
    return isinstance(cls, types.UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def singledispatch(func):
    """Single-dispatch generic function decorator (dispatch on the first argument's type)."""
    import types
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            impl = dispatch_cache[cls] = _find_impl(cls, registry)
            return impl

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.')
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. '
                                f'{cls!r} is not a class.')
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            if not args:
                name = getattr(self.func, '__name__', 'singledispatchmethod method')
                raise TypeError(f'{name} requires at least 1 positional argument')
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- cached_property

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then cached in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                       f"does not support item assignment for caching {self.attrname!r} property.")
                raise TypeError(msg) from None
        return val

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
