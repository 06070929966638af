"""threading.local: attributes whose values are separate for every thread.

Split from threading.py; threading re-exports `local`.
"""

from _thread import RLock, get_ident

__all__ = ['local']


class local:
    """Attributes of a local() instance are separate for every thread.

    Each thread's attributes live in a dict keyed by the thread ident (JVM thread ids are
    never reused). The first access from a new thread re-runs a subclass's __init__ with
    the constructor arguments, as CPython does.
    """

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__impl', ({}, args, kw, RLock()))
        dicts = object.__getattribute__(self, '_local__impl')[0]
        dicts[get_ident()] = {}
        return self


def _local_dict(self):
    dicts, args, kw, lock = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = dicts.get(ident)
    if d is None:
        d = {}
        with lock:
            dicts[ident] = d
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    return d


def _local_getattribute(self, name):
    if name == '__dict__':
        return _local_dict(self)
    if name == '_local__impl':
        return object.__getattribute__(self, name)
    d = _local_dict(self)
    try:
        return d[name]
    except KeyError:
        pass
    return object.__getattribute__(self, name)


def _local_setattr(self, name, value):
    if name == '__dict__':
        raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
    if name == '_local__impl':
        raise AttributeError(name)
    cls_attr = getattr(type(self), name, None)
    if hasattr(cls_attr, '__set__'):
        # Data descriptors (properties) on a subclass keep working.
        cls_attr.__set__(self, value)
        return
    _local_dict(self)[name] = value


def _local_delattr(self, name):
    if name == '__dict__':
        raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
    d = _local_dict(self)
    try:
        del d[name]
    except KeyError:
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'") from None


local.__getattribute__ = _local_getattribute
local.__setattr__ = _local_setattr
local.__delattr__ = _local_delattr
local.__module__ = '_thread'
local.__qualname__ = '_local'
