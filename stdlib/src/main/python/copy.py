"""Generic (shallow and deep) copying operations (pure-Python copy for regpy).

copy(x) and deepcopy(x) honour __copy__ / __deepcopy__, then the reduce protocol
(__reduce_ex__(4) / __reduce__).  Plain instances that do not customise reduce are handled
here directly (what object.__reduce_ex__(4) would produce), so the VM need not implement it.
"""

import types

__all__ = ['Error', 'copy', 'deepcopy', 'replace']


class Error(Exception):
    pass


error = Error  # backward-compatible alias

# Types whose instances are immutable: copying returns the object itself.
_ATOMIC = frozenset({type(None), int, float, bool, complex, str, bytes, tuple, frozenset,
                     type, range, slice, property, types.BuiltinFunctionType,
                     type(Ellipsis), type(NotImplemented), types.FunctionType,
                     types.CodeType})


def _plain_reduce(x):
    """The reduce tuple object.__reduce_ex__(4) gives for x (plain instance or builtin subclass)."""
    cls = type(x)
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, '__getnewargs__'):
        args, kwargs = x.__getnewargs__(), {}
    else:
        args, kwargs = (), {}
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = x.__getstate__()
    else:
        state = _default_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _new_object, (cls, args, kwargs), state, listitems, dictitems


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            names.append(name)
    return names


def _default_state(x):
    """What object.__getstate__() returns: the instance dict, plus slot values if any."""
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return state, slots
    return state


def _new_object(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _uses_default_reduce(cls):
    return (getattr(cls, '__reduce_ex__', None) is object.__reduce_ex__
            and getattr(cls, '__reduce__', None) is object.__reduce__)


def _reduce(x):
    cls = type(x)
    if _uses_default_reduce(cls) and cls.__module__ != 'builtins':
        return _plain_reduce(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(x, '__reduce__', None)
        if reductor is None:
            raise Error(f'un(deep)copyable object of type {cls}')
        rv = reductor()
    if isinstance(rv, str):  # a global name: the object is its own copy
        return None
    return rv


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is None:
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC and cls is not tuple:
        return x
    if issubclass(cls, type):
        return x
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    copier = _deep_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif hasattr(x, '__deepcopy__'):
        y = x.__deepcopy__(memo)
    else:
        rv = _reduce(x)
        if rv is None:
            y = x
        else:
            y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive while memo lives, so its id() cannot be reused for another object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A recursive tuple may have been copied while copying its elements.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    if all(a is b for a, b in zip(x, y)):
        return x
    return tuple(y)


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deepcopy_frozenset(x, memo):
    return frozenset(deepcopy(a, memo) for a in x)


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_frozenset,
    bytearray: _deepcopy_bytearray,
    types.MethodType: _deepcopy_method,
}


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values (via __replace__)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f'replace() does not support {cls.__name__} objects')
    return func(obj, **changes)
