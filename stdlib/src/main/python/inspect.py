"""Get useful information from live Python objects (pure-Python inspect for regpy; a subset).

Predicates (isfunction, isclass, ...), getmembers, getdoc/cleandoc, source retrieval through
linecache, and signature() with Signature/Parameter/BoundArguments as in CPython 3.13.
Frame inspection beyond currentframe() is not provided.
"""

import enum
import functools
import linecache
import sys
import types
from collections import namedtuple

__all__ = ['Parameter', 'Signature', 'BoundArguments', 'signature', 'getmembers', 'getdoc',
           'cleandoc', 'getsource', 'getsourcelines', 'getfile', 'getsourcefile', 'getmodule',
           'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
           'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
           'isbuiltin', 'isroutine', 'isabstract', 'ismethoddescriptor', 'isdatadescriptor',
           'getmro', 'unwrap', 'currentframe', 'getfullargspec', 'FullArgSpec', 'isawaitable',
           'iscode', 'isframe', 'istraceback', 'getattr_static', 'get_annotations']

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08


# ---------------------------------------------------------------- predicates

def ismodule(obj): return isinstance(obj, types.ModuleType)
def isclass(obj): return isinstance(obj, type)
def ismethod(obj): return isinstance(obj, types.MethodType)
def isfunction(obj): return isinstance(obj, types.FunctionType)
def iscode(obj): return types.CodeType is not None and isinstance(obj, types.CodeType)
def isframe(obj): return types.FrameType is not None and isinstance(obj, types.FrameType)


def istraceback(obj):
    return types.TracebackType is not None and isinstance(obj, types.TracebackType)


def _has_code_flag(f, flag):
    while isinstance(f, functools.partial):
        f = f.func
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj): return _has_code_flag(obj, CO_GENERATOR)
def isasyncgenfunction(obj): return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE) or getattr(obj, '_is_coroutine_marker', None) \
        is _is_coroutine_mark


_is_coroutine_mark = object()


def isgenerator(obj): return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return types.CoroutineType is not None and isinstance(obj, types.CoroutineType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def isbuiltin(obj): return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__') and not hasattr(tp, '__delete__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', None))


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain of a decorated function."""
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(f))
    return f


def getmembers(obj, predicate=None):
    """All (name, value) members of an object, sorted by name."""
    results = []
    names = dir(obj)
    if isclass(obj):
        for base in obj.__mro__:
            for key, value in base.__dict__.items():
                if isinstance(value, types.DynamicClassAttribute):
                    names.append(key)
    processed = set()
    for key in names:
        if key in processed:
            continue
        processed.add(key)
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=None):
    """Look an attribute up without triggering descriptors or __getattr__."""
    sentinel = object()
    if not isclass(obj):
        value = getattr(obj, '__dict__', {}).get(attr, sentinel)
        if value is not sentinel:
            return value
        klass = type(obj)
    else:
        klass = obj
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a module, class or callable."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    else:
        ann = getattr(obj, '__annotations__', None)
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    result = dict(ann)
    if eval_str:
        if globals is None:
            globals = getattr(unwrap(obj), '__globals__', {}) if callable(obj) else \
                getattr(sys.modules.get(getattr(obj, '__module__', None)), '__dict__', {})
        result = {k: eval(v, globals, locals) if isinstance(v, str) else v
                  for k, v in result.items()}
    return result


def currentframe():
    """The caller's frame object (None if the VM does not expose frames)."""
    try:
        return sys._getframe(1)
    except (AttributeError, ValueError):
        return None


# ---------------------------------------------------------------- documentation

def cleandoc(doc):
    """Clean up indentation from docstrings."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    """The documentation string for an object, cleaned up (inherited for methods)."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(obj)
        if doc is None:
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(obj):
    name = getattr(obj, '__name__', None)
    qualname = getattr(obj, '__qualname__', '')
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if '.' not in qualname or name is None:
        return None
    module = sys.modules.get(getattr(obj, '__module__', None))
    owner = module
    for part in qualname.split('.')[:-1]:
        owner = getattr(owner, part, None)
    if not isclass(owner):
        return None
    for base in owner.__mro__[1:]:
        member = base.__dict__.get(name)
        doc = getattr(member, '__doc__', None)
        if doc is not None:
            return doc
    return None


# ---------------------------------------------------------------- source

def getmodule(obj, _filename=None):
    if ismodule(obj):
        return obj
    return sys.modules.get(getattr(obj, '__module__', None))


def getfile(obj):
    """The name of the (text or binary) file in which an object was defined."""
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError(f'{obj!r} is a built-in module')
    if isclass(obj):
        module = sys.modules.get(obj.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError(f'{obj!r} is a built-in class')
    obj = unwrap(obj) if callable(obj) else obj
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        obj = obj.f_code
    if iscode(obj):
        return obj.co_filename
    raise TypeError(f'module, class, method, function, traceback, frame, or code object was '
                    f'expected, got {type(obj).__name__}')


def getsourcefile(obj):
    filename = getfile(obj)
    return filename if filename.endswith('.py') or linecache.getlines(filename) else None


def _block_end(lines, start):
    """Index after the block starting at lines[start]: decorators, a (possibly multi-line)
    header, then every following line that is blank or indented deeper than the header."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    i = start
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i += 1
    depth = 0
    while i < len(lines):  # the header ends where its brackets are balanced again
        text = lines[i].split('#')[0]
        depth += sum(text.count(c) for c in '([{') - sum(text.count(c) for c in ')]}')
        i += 1
        if depth <= 0:
            break
    last_code = i
    while i < len(lines):
        text = lines[i]
        if text.strip():
            if len(text) - len(text.lstrip()) <= indent:
                break
            last_code = i + 1
        i += 1
    return last_code


def getsourcelines(obj):
    """(list of source lines, starting line number) for a module, class, method or function."""
    obj = unwrap(obj) if callable(obj) and not isclass(obj) else obj
    filename = getfile(obj)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(obj):
        return lines, 0
    if isclass(obj):
        first = getattr(obj, '__firstlineno__', None)
        if first is None:
            raise OSError('could not find class definition')
        start = first - 1
    else:
        if ismethod(obj):
            obj = obj.__func__
        code = obj.__code__ if isfunction(obj) else obj
        start = code.co_firstlineno - 1
        if code.co_name == '<lambda>':
            return [lines[start]], start + 1
    while start > 0 and lines[start - 1].lstrip().startswith('@'):
        start -= 1
    return lines[start:_block_end(lines, start)], start + 1


def getsource(obj):
    """The text of the source code for an object."""
    lines, _ = getsourcelines(obj)
    return ''.join(lines)


# ---------------------------------------------------------------- signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    __replace__ = replace

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = f'{text} = {self._default!r}'
            else:
                text = f'{text}={self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{self.__class__.__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind: the mapping of parameter names to argument values."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join(f'{arg}={value!r}' for arg, value in self.arguments.items())
        return f'<{self.__class__.__name__} ({args})>'


class Signature:
    """The call signature of a callable: an ordered mapping of Parameters plus a return annotation."""
    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if __validate_parameters__:
                    if kind < top_kind:
                        raise ValueError(f'wrong parameter order: {top_kind.description} '
                                         f'parameter before {kind.description} parameter')
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(f'duplicate parameter name: {name!r}')
                params[name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, eval_str, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    __replace__ = replace

    def __hash__(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        return hash((params, kwo, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        pos_only_names = []
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            if param.default is _empty:
                                raise TypeError(f'missing a required positional-only argument: '
                                                f'{param.name!r}')
                            pos_only_names.append(param.name)
                            parameters_ex = (param,)
                            break
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        if param.kind == _KEYWORD_ONLY:
                            argtype = ' keyword-only'
                        else:
                            argtype = ''
                        raise TypeError(f'missing a required{argtype} argument: '
                                        f'{param.name!r}') from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError(f'multiple values for argument {param.name!r}') from None
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and param.default is _empty):
                    raise TypeError(f'missing a required argument: {param_name!r}') from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    if kwargs_param is not None or any(
                            p.kind == _VAR_KEYWORD for p in self.parameters.values()):
                        kwargs[param_name] = arg_val
                        continue
                    raise TypeError(f'{param.name!r} parameter is positional only, but was '
                                    'passed as a keyword')
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind arguments to parameters; raises TypeError as a call would."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = f"({', '.join(result)})"
        if self.return_annotation is not _empty:
            rendered += f' -> {formatannotation(self.return_annotation)}'
        return rendered

    def __repr__(self):
        return f'<{self.__class__.__name__} {self}>'


def _signature_from_function(cls, func, eval_str=False):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0
    non_default_count = pos_count - pos_default_count
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        default = kwdefaults.get(name, _empty) if kwdefaults else _empty
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count + bool(code.co_flags & CO_VARARGS)
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True, eval_str=False, sigcls=Signature):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped, eval_str,
                                                    sigcls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, eval_str, sigcls)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
        return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj, eval_str)
    if isinstance(obj, functools.partial):
        wrapped = _signature_from_callable(obj.func, follow_wrapped, eval_str, sigcls)
        return _partial_signature(wrapped, obj.args, obj.keywords)
    if isinstance(obj, type):
        for name in ('__init__', '__new__'):
            for base in obj.__mro__:
                if name in base.__dict__ and base is not object:
                    method = base.__dict__[name]
                    if isinstance(method, staticmethod):
                        method = method.__func__
                    if isfunction(method):
                        return _drop_first(_signature_from_function(sigcls, method, eval_str))
                    break
        return sigcls([])
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_function(sigcls, call, eval_str))
    text = getattr(obj, '__text_signature__', None)
    if text:
        return _signature_from_text(sigcls, text)
    raise ValueError(f'no signature found for builtin {obj!r}')


def _signature_from_text(sigcls, text):
    """Parse a simple __text_signature__ like '($module, obj, /)'."""
    inner = text.strip()[1:-1]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    names = [p.strip() for p in inner.split(',') if p.strip()]
    if '/' in names:
        slash = names.index('/')
        names_kinds = [(n, _POSITIONAL_ONLY) for n in names[:slash]] + \
            [(n, _POSITIONAL_OR_KEYWORD) for n in names[slash + 1:]]
    else:
        names_kinds = [(n, kind) for n in names]
    kw_only = False
    for name, k in names_kinds:
        if name.startswith('$'):
            continue
        if name == '*':
            kw_only = True
            continue
        default = _empty
        if '=' in name:
            name, default_text = name.split('=', 1)
            try:
                default = eval(default_text, {})
            except Exception:
                default = _empty
        if name.startswith('**'):
            params.append(Parameter(name[2:], _VAR_KEYWORD))
        elif name.startswith('*'):
            params.append(Parameter(name[1:], _VAR_POSITIONAL))
            kw_only = True
        else:
            params.append(Parameter(name, _KEYWORD_ONLY if kw_only else k, default=default))
    return sigcls(params)


def _partial_signature(wrapped_sig, args, keywords):
    params = list(wrapped_sig.parameters.values())
    bound = wrapped_sig.bind_partial(*args, **keywords)
    new_params = []
    transform_to_kwonly = False
    for param in params:
        name = param.name
        if param.kind is _POSITIONAL_ONLY:
            if name in bound.arguments and name not in keywords:
                continue
            new_params.append(param)
            continue
        if param.kind is _POSITIONAL_OR_KEYWORD and name in bound.arguments and \
                name not in keywords:
            continue
        if name in keywords:
            transform_to_kwonly = True
            new_params.append(param.replace(default=keywords[name], kind=_KEYWORD_ONLY)
                              if param.kind not in (_VAR_KEYWORD, _VAR_POSITIONAL) else param)
            continue
        if transform_to_kwonly and param.kind is _POSITIONAL_OR_KEYWORD:
            new_params.append(param.replace(kind=_KEYWORD_ONLY))
        elif transform_to_kwonly and param.kind is _VAR_POSITIONAL:
            continue
        else:
            new_params.append(param)
    return wrapped_sig.replace(parameters=new_params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, '
                                        'kwonlydefaults, annotations')


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters."""
    try:
        sig = _signature_from_callable(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs = [], []
    varargs = varkw = None
    defaults = ()
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)
