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

# Operator precedence, lowest first; a node is parenthesised when its context asks for more.
(_NAMED_EXPR, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _EXPR, _BXOR, _BAND, _SHIFT, _ARITH, _TERM,
 _FACTOR, _POWER, _AWAIT, _ATOM) = range(1, 19)
_BOR = _EXPR

_UNARY = {"Invert": ("~", _FACTOR), "Not": ("not", _NOT), "UAdd": ("+", _FACTOR), "USub": ("-", _FACTOR)}
_BINARY = {"Add": ("+", _ARITH), "Sub": ("-", _ARITH), "Mult": ("*", _TERM), "MatMult": ("@", _TERM),
           "Div": ("/", _TERM), "Mod": ("%", _TERM), "FloorDiv": ("//", _TERM), "LShift": ("<<", _SHIFT),
           "RShift": (">>", _SHIFT), "BitOr": ("|", _BOR), "BitXor": ("^", _BXOR), "BitAnd": ("&", _BAND),
           "Pow": ("**", _POWER)}
_COMPARE = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is",
            "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOL = {"And": ("and", _AND), "Or": ("or", _OR)}
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES
_INFINITY = "1e" + repr(sys.float_info.max_10_exp + 1)


def _escape_char(c, escape_whitespace):
    if c in "\n\t" and not escape_whitespace:
        return c
    if c == "\\":
        return "\\\\"
    if c.isprintable():
        return c
    named = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
    if c in named:
        return named[c]
    n = ord(c)
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def _quote_string(text, quote_types=_ALL_QUOTES, escape_whitespace=False):
    """The body of a string literal for text and the quote kinds it can be written with."""
    body = "".join(_escape_char(c, escape_whitespace) for c in text)
    candidates = [q for q in quote_types if "\n" not in body or q in _MULTI_QUOTES]
    candidates = [q for q in candidates if q not in body]
    if not candidates:
        literal = repr(text)
        quote = next((q for q in quote_types if literal[0] in q), literal[0])
        return literal[1:-1], [quote]
    if body:
        # a quote that ends the body would run into the closing quotes: prefer the other kind
        candidates.sort(key=lambda q: q[0] == body[-1])
        if candidates[0][0] == body[-1]:
            body = body[:-1] + "\\" + body[-1]
    return body, candidates


class _Unparser(NodeVisitor):
    def __init__(self):
        self._source = []
        self._precedences = {}
        self._indent = 0

    # -- output helpers
    def write(self, *text):
        self._source.extend(text)

    def interleave(self, between, each, items):
        first = True
        for item in items:
            if not first:
                between()
            first = False
            each(item)

    def comma_separated(self, each, items):
        self.interleave(lambda: self.write(", "), each, items)

    def items_view(self, each, items):
        if len(items) == 1:
            each(items[0])
            self.write(",")
        else:
            self.comma_separated(each, items)

    def maybe_newline(self):
        if self._source:
            self.write("\n")

    def fill(self, text=""):
        self.maybe_newline()
        self.write("    " * self._indent + text)

    def block(self, body, extra=None):
        self.write(":")
        if extra:
            self.write(extra)
        self._indent += 1
        self.traverse(body)
        self._indent -= 1

    def delimited(self, start, end, inner, condition=True):
        if condition:
            self.write(start)
        inner()
        if condition:
            self.write(end)

    def precedence_of(self, node):
        return self._precedences.get(node, _TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def parens_if(self, precedence, node, inner):
        self.delimited("(", ")", inner, self.precedence_of(node) > precedence)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    def type_comment(self, node):
        comment = getattr(node, "type_comment", None)
        return f" # type: {comment}" if comment else None

    # -- bodies and docstrings
    def docstring_node(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def body_with_docstring(self, node):
        doc = self.docstring_node(node)
        if doc is None:
            self.traverse(node.body)
            return
        self.fill()
        if doc.kind == "u":
            self.write("u")
        body, quotes = _quote_string(doc.value, _MULTI_QUOTES)
        self.write(quotes[0] + body + quotes[0])
        self.traverse(node.body[1:])

    # -- modules
    def visit_Module(self, node):
        self.body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        self.delimited("(", ")", lambda: self.comma_separated(self.traverse, node.argtypes))
        self.write(" -> ")
        self.traverse(node.returns)

    # -- statements
    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_YIELD, node.value)
        self.traverse(node.value)

    def visit_Import(self, node):
        self.fill("import ")
        self.comma_separated(self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.comma_separated(self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINARY[node.op.__class__.__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        self.delimited("(", ")", lambda: self.traverse(node.target),
                       not node.simple and isinstance(node.target, Name))
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.comma_separated(self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.write(", ".join(node.names))

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.write(", ".join(node.names))

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def try_statement(self, node, star):
        self.fill("try")
        self.block(node.body)
        for handler in node.handlers:
            self.handler(handler, star)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)
        if node.finalbody:
            self.fill("finally")
            self.block(node.finalbody)

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def handler(self, node, star):
        self.fill("except*" if star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        self.block(node.body)

    def visit_ExceptHandler(self, node):
        self.handler(node, False)

    def type_params(self, node):
        params = getattr(node, "type_params", None)
        if params:
            self.delimited("[", "]", lambda: self.comma_separated(self.traverse, params))

    def decorators(self, node):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill("@")
            self.traverse(decorator)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill("class " + node.name)
        self.type_params(node)

        def bases():
            self.comma_separated(self.traverse, node.bases + node.keywords)
        self.delimited("(", ")", bases, bool(node.bases or node.keywords))
        self.write(":")
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + " " + node.name)
        self.type_params(node)
        self.delimited("(", ")", lambda: self.traverse(node.args))
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        self.write(":")
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self.function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def for_loop(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        self.block(node.body, self.type_comment(node))
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_For(self, node):
        self.for_loop(node, "for ")

    def visit_AsyncFor(self, node):
        self.for_loop(node, "async for ")

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self.block(node.body)
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_With(self, node):
        self.fill("with ")
        self.comma_separated(self.traverse, node.items)
        self.block(node.body, self.type_comment(node))

    def visit_AsyncWith(self, node):
        self.fill("async with ")
        self.comma_separated(self.traverse, node.items)
        self.block(node.body, self.type_comment(node))

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        self.block(node.cases)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        self.block(node.body)

    def visit_TypeAlias(self, node):
        self.fill("type ")
        self.traverse(node.name)
        self.type_params(node)
        self.write(" = ")
        self.traverse(node.value)

    # -- expressions
    def visit_NamedExpr(self, node):
        def inner():
            self.set_precedence(_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)
        self.parens_if(_NAMED_EXPR, node, inner)

    def visit_Await(self, node):
        def inner():
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)
        self.parens_if(_AWAIT, node, inner)

    def visit_Yield(self, node):
        def inner():
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)
        self.parens_if(_YIELD, node, inner)

    def visit_YieldFrom(self, node):
        def inner():
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(_ATOM, node.value)
            self.traverse(node.value)
        self.parens_if(_YIELD, node, inner)

    def visit_Name(self, node):
        self.write(node.id)

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace("inf", _INFINITY))
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.delimited("(", ")", lambda: self.items_view(self.write_constant, value))
        elif value is ...:
            self.write("...")
        else:
            if node.kind == "u":
                self.write("u")
            self.write_constant(value)

    def fstring_inner(self, node, in_spec=False):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_inner(value, in_spec)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace("{", "{{").replace("}", "}}")
            if in_spec:
                text = (text.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"')
                        .replace("\n", "\\n"))
            self.write(text)
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def visit_JoinedStr(self, node):
        parts = []
        for value in node.values:
            sub = _Unparser()
            sub._indent = self._indent
            sub.fstring_inner(value)
            parts.append(("".join(sub._source), isinstance(value, Constant)))
        quotes = list(_ALL_QUOTES)
        written = []
        for text, constant in parts:
            if constant:
                text, allowed = _quote_string(text, quotes, escape_whitespace=True)
                if set(allowed).isdisjoint(quotes):
                    literal = repr("".join(t for t, _ in parts))
                    self.write("f" + literal)
                    return
                quotes = allowed
            elif "\n" in text:
                quotes = [q for q in quotes if q in _MULTI_QUOTES]
            written.append(text)
        self.write("f" + quotes[0] + "".join(written) + quotes[0])

    def visit_FormattedValue(self, node):
        inner = _Unparser()
        inner.set_precedence(_TEST + 1, node.value)
        text = inner.visit(node.value)
        self.write("{")
        if text.startswith("{"):
            self.write(" ")
        self.write(text)
        if node.conversion != -1:
            self.write("!" + chr(node.conversion))
        if node.format_spec:
            self.write(":")
            self.fstring_inner(node.format_spec, in_spec=True)
        self.write("}")

    def visit_List(self, node):
        self.delimited("[", "]", lambda: self.comma_separated(self.traverse, node.elts))

    def comprehension_expr(self, start, end, node, head):
        def inner():
            head()
            for generator in node.generators:
                self.traverse(generator)
        self.delimited(start, end, inner)

    def visit_ListComp(self, node):
        self.comprehension_expr("[", "]", node, lambda: self.traverse(node.elt))

    def visit_GeneratorExp(self, node):
        self.comprehension_expr("(", ")", node, lambda: self.traverse(node.elt))

    def visit_SetComp(self, node):
        self.comprehension_expr("{", "}", node, lambda: self.traverse(node.elt))

    def visit_DictComp(self, node):
        def head():
            self.traverse(node.key)
            self.write(": ")
            self.traverse(node.value)
        self.comprehension_expr("{", "}", node, head)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(_OR, node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(" if ")
            self.traverse(condition)

    def visit_IfExp(self, node):
        def inner():
            self.set_precedence(_TEST + 1, node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(_TEST, node.orelse)
            self.traverse(node.orelse)
        self.parens_if(_TEST, node, inner)

    def visit_Set(self, node):
        if node.elts:
            self.delimited("{", "}", lambda: self.comma_separated(self.traverse, node.elts))
        else:
            self.write("{*()}")     # {} would be a dict

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write("**")
                self.set_precedence(_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(": ")
                self.traverse(value)
        self.delimited("{", "}", lambda: self.comma_separated(item, list(zip(node.keys, node.values))))

    def visit_Tuple(self, node):
        self.delimited("(", ")", lambda: self.items_view(self.traverse, node.elts),
                       len(node.elts) == 0 or self.precedence_of(node) > _TUPLE)

    def visit_UnaryOp(self, node):
        operator, precedence = _UNARY[node.op.__class__.__name__]

        def inner():
            self.write(operator)
            if precedence != _FACTOR:
                self.write(" ")
            self.set_precedence(precedence, node.operand)
            self.traverse(node.operand)
        self.parens_if(precedence, node, inner)

    def visit_BinOp(self, node):
        operator, precedence = _BINARY[node.op.__class__.__name__]

        def inner():
            # ** groups to the right, every other binary operator to the left
            left, right = (precedence + 1, precedence) if operator == "**" else (precedence, precedence + 1)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f" {operator} ")
            self.set_precedence(right, node.right)
            self.traverse(node.right)
        self.parens_if(precedence, node, inner)

    def visit_Compare(self, node):
        def inner():
            self.set_precedence(_CMP + 1, node.left, *node.comparators)
            self.traverse(node.left)
            for op, operand in zip(node.ops, node.comparators):
                self.write(" " + _COMPARE[op.__class__.__name__] + " ")
                self.traverse(operand)
        self.parens_if(_CMP, node, inner)

    def visit_BoolOp(self, node):
        operator, precedence = _BOOL[node.op.__class__.__name__]
        level = [precedence]

        def operand(value):
            level[0] += 1
            self.set_precedence(level[0], value)
            self.traverse(value)
        self.parens_if(precedence, node,
                       lambda: self.interleave(lambda: self.write(f" {operator} "), operand, node.values))

    def visit_Attribute(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")     # 1 .real, not 1.real
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(_ATOM, node.func)
        self.traverse(node.func)
        self.delimited("(", ")", lambda: self.comma_separated(self.traverse, node.args + node.keywords))

    def visit_Subscript(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)

        def index():
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)
        self.delimited("[", "]", index)

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(_EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        pieces = []         # each entry writes one parameter

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (argument, default) in enumerate(zip(positional, defaults), 1):
            pieces.append((argument, default, index == len(node.posonlyargs)))
        first = True
        for argument, default, slash in pieces:
            if not first:
                self.write(", ")
            first = False
            self.traverse(argument)
            if default:
                self.write("=")
                self.traverse(default)
            if slash:
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            if not first:
                self.write(", ")
            first = False
            self.write("*")
            if node.vararg:
                self.traverse(node.vararg)
        for argument, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(", ")
            self.traverse(argument)
            if default:
                self.write("=")
                self.traverse(default)
        if node.kwarg:
            if not first:
                self.write(", ")
            self.write("**")
            self.traverse(node.kwarg)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg + "=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        def inner():
            self.write("lambda")
            params = _Unparser()
            params.traverse(node.args)
            if params._source:
                self.write(" ", *params._source)
            self.write(": ")
            self.set_precedence(_TEST, node.body)
            self.traverse(node.body)
        self.parens_if(_TEST, node, inner)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    def type_param(self, prefix, node, bound=None):
        self.write(prefix + node.name)
        if bound:
            self.write(": ")
            self.traverse(bound)
        if getattr(node, "default_value", None):
            self.write(" = ")
            self.traverse(node.default_value)

    def visit_TypeVar(self, node):
        self.type_param("", node, node.bound)

    def visit_TypeVarTuple(self, node):
        self.type_param("*", node)

    def visit_ParamSpec(self, node):
        self.type_param("**", node)

    # -- patterns
    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write_constant(node.value)

    def visit_MatchSequence(self, node):
        self.delimited("[", "]", lambda: self.comma_separated(self.traverse, node.patterns))

    def visit_MatchStar(self, node):
        self.write("*" + (node.name if node.name is not None else "_"))

    def visit_MatchMapping(self, node):
        def inner():
            def pair(item):
                self.traverse(item[0])
                self.write(": ")
                self.traverse(item[1])
            self.comma_separated(pair, list(zip(node.keys, node.patterns)))
            if node.rest is not None:
                if node.keys:
                    self.write(", ")
                self.write("**" + node.rest)
        self.delimited("{", "}", inner)

    def visit_MatchClass(self, node):
        self.set_precedence(_ATOM, node.cls)
        self.traverse(node.cls)

        def inner():
            self.comma_separated(self.traverse, node.patterns)
            if node.kwd_attrs:
                if node.patterns:
                    self.write(", ")

                def keyword_pattern(item):
                    self.write(item[0] + "=")
                    self.traverse(item[1])
                self.comma_separated(keyword_pattern, list(zip(node.kwd_attrs, node.kwd_patterns)))
        self.delimited("(", ")", inner)

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write("_")
        elif node.pattern is None:
            self.write(node.name)
        else:
            def inner():
                self.set_precedence(_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(" as " + node.name)
            self.parens_if(_TEST, node, inner)

    def visit_MatchOr(self, node):
        def inner():
            self.set_precedence(_BOR + 1, *node.patterns)
            self.interleave(lambda: self.write(" | "), self.traverse, node.patterns)
        self.parens_if(_BOR, node, inner)


def unparse(ast_obj):
    return _Unparser().visit(ast_obj)

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
