"""The ast module: Python's abstract syntax trees, as CPython 3.13 presents them.

The node classes are ordinary Python classes built here from the node table of the Java
module _ast (the translator's regpy.ast records are the one definition of the grammar's
nodes). ast.parse and compile() go through builtins.compile, which the _ast module extends:
it converts between these classes and the translator's records in Java, validates trees built
by hand, and compiles them. Everything that works on trees (dump, unparse, visitors,
literal_eval, locations) is written here in Python, because it must also work on trees a
program built or changed itself.
"""

import sys
import _ast
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_OPTIMIZED_AST

# --------------------------------------------------------------------------------------------
# Node classes


def _warn(message, category):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel=3)


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    _field_kinds = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        name = cls.__name__
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{name} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for field, value in zip(fields, args):
            setattr(self, field, value)
        for key, value in kwargs.items():
            if key in fields[:len(args)]:
                raise TypeError(f"{name} got multiple values for argument {key!r}")
            if key not in fields and key not in cls._attributes:
                _warn(f"{name}.__init__ got an unexpected keyword argument {key!r}. Support for "
                      f"arbitrary keyword arguments is deprecated and will be removed in Python 3.15.",
                      DeprecationWarning)
            setattr(self, key, value)
        kinds = cls._field_kinds
        for field in fields:
            if field in self.__dict__:
                continue
            kind = kinds.get(field)
            if kind == "*":
                setattr(self, field, [])
            elif kind == "?":
                setattr(self, field, None)
            elif kind == "ctx":
                setattr(self, field, Load())
            elif kind is not None:
                _warn(f"{name}.__init__ missing 1 required positional argument: {field!r}. "
                      f"This will become an error in Python 3.15.", DeprecationWarning)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = "ast"


def _build_classes():
    table = _ast._node_table()
    made = {"AST": AST}
    builtin_types = {"identifier": str, "string": str, "int": int, "constant": object}
    for name, base, abstract, fields, attributes in table:
        parent = made[base] if base is not None else AST
        ns = {"__module__": "ast", "_fields": tuple(f[0] for f in fields),
              "__match_args__": tuple(f[0] for f in fields)}
        if abstract:
            ns["_attributes"] = tuple(attributes)
            for a in attributes:
                if a.startswith("end_"):
                    ns[a] = None
            ns["__doc__"] = name
        else:
            kinds = {}
            for fname, ftype, optional, sequence in fields:
                if sequence:
                    kinds[fname] = "*"
                elif optional:
                    kinds[fname] = "?"
                    ns[fname] = None
                elif ftype == "expr_context":
                    kinds[fname] = "ctx"
                else:
                    kinds[fname] = "!"
            ns["_field_kinds"] = kinds
            if base is None:
                ns["_attributes"] = tuple(attributes)
                for a in attributes:
                    if a.startswith("end_"):
                        ns[a] = None
            sig = ", ".join(f"{t}{'*' if s else '?' if o else ''} {n}" for n, t, o, s in fields)
            ns["__doc__"] = f"{name}({sig})" if fields else name
        cls = type(name, (parent,), ns)
        made[name] = cls
    # _field_types (3.13) once every class exists
    for name, base, abstract, fields, attributes in table:
        if abstract:
            continue
        types = {}
        for fname, ftype, optional, sequence in fields:
            t = builtin_types.get(ftype) or made[ftype]
            try:
                types[fname] = list[t] if sequence else (t | None) if optional else t
            except TypeError:
                types[fname] = t
        made[name]._field_types = types
        made[name].__annotations__ = types
    return made


_classes = _build_classes()
globals().update(_classes)
_ast._register(_classes)
del _build_classes


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


# --------------------------------------------------------------------------------------------
# Parsing and evaluating


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None,
          optimize=-1):
    flags = PyCF_ONLY_AST
    if optimize > 0:
        flags |= PyCF_OPTIMIZED_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        feature_version = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
        feature_version = minor
    return compile(source, filename, mode, flags, _feature_version=feature_version, optimize=optimize)


def literal_eval(node_or_string):
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        line = getattr(node, 'lineno', None)
        if line:
            msg += f' on line {line}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


# --------------------------------------------------------------------------------------------
# Dumping


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None, show_empty=False):
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            pending = []          # empty values held back until a later positional value needs them
            simple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                if (not show_empty and (value is None or value == [])
                        and not isinstance(node, (Constant, MatchSingleton))):
                    pending.append(repr(value))
                    continue
                if not keywords:
                    args.extend(pending)
                    pending = []
                text, is_simple = fmt(value, level)
                simple = simple and is_simple
                args.append(f'{name}={text}' if keywords else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, is_simple = fmt(value, level)
                    simple = simple and is_simple
                    args.append(f'{name}={text}')
            if simple and len(args) <= 3:
                return f"{cls.__name__}({', '.join(args)})", not args
            return f"{cls.__name__}({prefix}{sep.join(args)})", False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[' + prefix + sep.join(fmt(x, level)[0] for x in node) + ']', False
        return repr(node), True

    return fmt(node, 0)[0]


# --------------------------------------------------------------------------------------------
# Locations


def copy_location(new_node, old_node):
    for attr in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


# --------------------------------------------------------------------------------------------
# Traversal


def iter_fields(node):
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node of the tree, breadth first, node itself first."""
    queue = [node]
    i = 0
    while i < len(queue):
        current = queue[i]
        i += 1
        queue.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


# --------------------------------------------------------------------------------------------
# Source helpers


def _cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if margin is not None:
        lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    else:
        lines[0] = lines[0].lstrip()
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        text = _cleandoc(text)
    return text


def _splitlines_no_ff(source, maxlines=None):
    """Lines as the tokenizer sees them: \\r\\n, \\r and \\n end a line, form feed does not."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            end = i + 2 if c == '\r' and i + 1 < n and source[i + 1] == '\n' else i + 1
            lines.append(source[start:end])
            start = i = end
            if maxlines is not None and len(lines) >= maxlines:
                return lines
            continue
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source, maxlines=end_lineno + 1)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    middle = lines[lineno + 1:end_lineno]
    return ''.join([first] + middle + [last])


# --------------------------------------------------------------------------------------------
# unparse

#@UNPARSE@

# --------------------------------------------------------------------------------------------
# python -m ast


def main(args=None):
    argv = list(sys.argv[1:] if args is None else args)
    mode = 'exec'
    include_attributes = False
    indent = 3
    no_type_comments = False
    infile = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('-m', '--mode'):
            i += 1
            mode = argv[i]
        elif a.startswith('--mode='):
            mode = a.split('=', 1)[1]
        elif a in ('-a', '--include-attributes'):
            include_attributes = True
        elif a in ('-i', '--indent'):
            i += 1
            indent = int(argv[i])
        elif a.startswith('--indent='):
            indent = int(a.split('=', 1)[1])
        elif a == '--no-type-comments':
            no_type_comments = True
        elif a in ('-h', '--help'):
            print("usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] "
                  "[-a] [-i INDENT] [infile]")
            return
        else:
            infile = a
        i += 1
    if infile is None or infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read() if hasattr(sys.stdin, 'buffer') else sys.stdin.read()
    else:
        name = infile
        with open(infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, mode=mode, type_comments=not no_type_comments)
    print(dump(tree, include_attributes=include_attributes, indent=indent))


if __name__ == '__main__':
    main()
