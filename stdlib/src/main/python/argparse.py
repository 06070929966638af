"""Command-line parsing library (pure-Python argparse for regpy; the commonly used core).

ArgumentParser with optional and positional arguments, the standard actions, nargs, type,
choices, defaults, mutually exclusive groups, argument groups, abbreviations and the usage /
help text layout of CPython 3.13.  Sub-commands are supported; fromfile arguments are not
(NotImplementedError), and formatter_class variants lay out text like HelpFormatter.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'HelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER',
           'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional)."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """An error from trying to convert a command line string to a type."""


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        metavar = argument.metavar
        return metavar if not isinstance(metavar, tuple) else metavar[0]
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class Namespace:
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append(f'{name}={value!r}')
            else:
                star_args[name] = value
        if star_args:
            parts.append(f'**{star_args!r}')
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------- actions

class Action:
    """Information about how to convert command line strings to Python objects."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar', 'deprecated']
        args = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        return f'{type(self).__name__}({args})'

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if kwargs.get('const') is not None and nargs != OPTIONAL:
            raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help, deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help, deprecated=deprecated)


def _copy_items(items):
    if items is None:
        return []
    return list(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit", deprecated=False):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        print(version % {'prog': parser.prog} if '%(prog)' in str(version) else version)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs."""

    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        super().__init__(_option_strings, dest, nargs=0, default=default, required=required,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicesPseudoAction(Action):
    """A help-only entry for one sub-command (listed under the sub-parsers argument)."""

    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += f" ({', '.join(aliases)})"
        super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)


class _SubParsersAction(Action):
    """The positional argument holding the sub-command name and its own arguments."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, f'conflicting subparser: {name}')
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, f'conflicting subparser alias: {alias}')
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            choices = ', '.join(self._name_parser_map)
            raise ArgumentError(self, f'unknown parser {parser_name!r} (choices: {choices})') \
                from None
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            namespace.__dict__.setdefault(_UNRECOGNIZED_ARGS_ATTR, []).extend(arg_strings)


_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
            'append': _AppendAction, 'append_const': _AppendConstAction,
            'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
            'extend': _ExtendAction}


# ---------------------------------------------------------------- groups

class _ArgumentGroup:
    """A titled set of arguments for the help text; parsing tables are the parser's."""

    def __init__(self, container, title=None, description=None, **kwargs):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._container._move_to_group(action, self)
        return action

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._container._mutually_exclusive_groups.append(group)
        return group

    def _move_from_parent(self, action):
        self._group_actions.append(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        parser = container
        while isinstance(parser, _ArgumentGroup):
            parser = parser._container
        self._parser = parser

    def add_argument(self, *args, **kwargs):
        if kwargs.get('required'):
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container.add_argument(*args, **kwargs)
        self._group_actions.append(action)
        return action


# ---------------------------------------------------------------- help formatting

class HelpFormatter:
    """Formatter for usage and help text (CPython's default layout)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    # ------------------------------------------------------------ metavars

    @staticmethod
    def _metavar(action, default_metavar):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{' + ','.join(map(str, action.choices)) + '}'
        return default_metavar

    def _format_args(self, action, default_metavar):
        metavar = self._metavar(action, default_metavar)
        parts = metavar if isinstance(metavar, tuple) else None

        def m(i=0):
            return parts[i] if parts else metavar
        nargs = action.nargs
        if nargs is None:
            return m()
        if nargs == OPTIONAL:
            return f'[{m()}]'
        if nargs == ZERO_OR_MORE:
            return f'[{m()} ...]'
        if nargs == ONE_OR_MORE:
            return f'{m()} [{m(1) if parts and len(parts) > 1 else m()} ...]'
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return f'{m()} ...'
        if nargs == SUPPRESS:
            return ''
        return ' '.join(m(i) if parts else metavar for i in range(nargs))

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action, action.dest)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ', '.join(action.option_strings) + ' ' + args

    # ------------------------------------------------------------ usage

    def format_usage(self, actions, groups, prefix='usage: '):
        prog = self._prog
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        opt_parts = self._usage_parts(optionals, groups)
        pos_parts = self._usage_parts(positionals, groups)
        usage = ' '.join(p for p in [prog] + opt_parts + pos_parts if p)
        text_width = self._width
        if len(prefix) + len(usage) > text_width:
            def get_lines(parts, indent, prefix=None):
                lines, line = [], []
                line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + ' '.join(line))
                        line = []
                        line_len = len(indent) - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + ' '.join(line))
                if prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines
            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = ' ' * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = get_lines([prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([prog] + pos_parts, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = ' ' * len(prefix)
                parts = opt_parts + pos_parts
                lines = get_lines(parts, indent)
                if len(lines) > 1:
                    lines = get_lines(opt_parts, indent)
                    lines.extend(get_lines(pos_parts, indent))
                lines = [prog] + lines
            usage = '\n'.join(lines)
        return f'{prefix}{usage}\n\n'

    def _usage_parts(self, actions, groups):
        parts = []
        grouped = {}
        for group in groups:
            members = [a for a in group._group_actions if a in actions and a.help is not SUPPRESS]
            if members and len(members) == len(group._group_actions) and \
                    actions.index(members[0]) + len(members) <= len(actions) and \
                    actions[actions.index(members[0]):actions.index(members[0]) + len(members)] \
                    == members:
                grouped[id(members[0])] = (group, members)
        skip = set()
        for action in actions:
            if id(action) in skip or action.help is SUPPRESS:
                continue
            if id(action) in grouped:
                group, members = grouped[id(action)]
                inner = ' | '.join(self._action_usage(a, bracket=False) for a in members)
                parts.append(f'({inner})' if group.required else f'[{inner}]')
                skip.update(id(a) for a in members)
                continue
            parts.append(self._action_usage(action, bracket=True))
        return parts

    def _action_usage(self, action, bracket):
        if not action.option_strings:
            part = self._format_args(action, action.dest)
            return part
        option_string = action.format_usage()
        if action.nargs != 0:
            option_string += ' ' + self._format_args(action, action.dest.upper())
        if bracket and not action.required:
            return f'[{option_string}]'
        return option_string

    # ------------------------------------------------------------ help

    def _wrap(self, text, width, indent=''):
        import textwrap
        text = ' '.join(text.split())
        return textwrap.wrap(text, max(width, 11), initial_indent=indent, subsequent_indent=indent)

    def format_help(self, parser):
        parts = [self.format_usage(parser._actions, parser._mutually_exclusive_groups)]
        if parser.description:
            parts.append('\n'.join(self._wrap(parser.description, self._width)) + '\n\n')
        sections = []
        for group in parser._action_groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if actions or group.description:
                sections.append((group, actions))
        lengths = []
        for group, actions in sections:
            for action in actions:
                lengths.append(len(self._invocation(action)) + 2)
                lengths.extend(len(self._invocation(sub)) + 4 for sub in self._subactions(action))
        max_len = max(lengths, default=0)
        help_position = min(max_len + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        for group, actions in sections:
            lines = [f'{group.title}:']
            if group.description:
                lines.extend(self._wrap(group.description, self._width - 2, '  '))
                lines.append('')
            for action in actions:
                self._format_action(lines, action, parser, 2, help_position, help_width)
                for sub in self._subactions(action):
                    self._format_action(lines, sub, parser, 4, help_position, help_width)
            parts.append('\n'.join(lines) + '\n\n')
        if parser.epilog:
            parts.append('\n'.join(self._wrap(parser.epilog, self._width)) + '\n\n')
        return ''.join(parts).rstrip('\n') + '\n'

    @staticmethod
    def _subactions(action):
        getter = getattr(action, '_get_subactions', None)
        return getter() if getter is not None else []

    def _format_action(self, lines, action, parser, indent, help_position, help_width):
        inv = self._invocation(action)
        help_text = self._expand_help(action, parser) if action.help else ''
        if not help_text:
            lines.append(' ' * indent + inv)
            return
        help_lines = self._wrap(help_text, help_width)
        action_width = help_position - indent - 2
        if len(inv) <= action_width:
            lines.append(f"{' ' * indent}{inv:<{action_width}}  {help_lines[0]}")
        else:
            lines.append(' ' * indent + inv)
            lines.append(' ' * help_position + help_lines[0])
        lines.extend(' ' * help_position + line for line in help_lines[1:])

    def _expand_help(self, action, parser):
        params = {k: v for k, v in vars(action).items() if not k.startswith('_')}
        params['prog'] = parser.prog
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(map(str, params['choices']))
        return action.help % params


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


# ---------------------------------------------------------------- the parser

def _nargs_pattern(action):
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class ArgumentParser:
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'python'
        if fromfile_prefix_chars is not None:
            raise NotImplementedError('regpy argparse: fromfile_prefix_chars is not supported')
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._mutually_exclusive_groups = []
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._action_groups = [self._positionals, self._optionals]
        self._has_negative_number_optionals = []
        self._subparsers = None
        self._negative_number_matcher = _re.compile(r'-\.?\d')
        if add_help:
            default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction) and add_help:
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        args = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        return f'{type(self).__name__}({args})'

    # ------------------------------------------------------------ building

    def add_argument_group(self, title=None, description=None, **kwargs):
        group = _ArgumentGroup(self, title, description, **kwargs)
        if hasattr(self, '_action_groups'):
            self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required=required)
        self._mutually_exclusive_groups.append(group)
        return group

    def add_subparsers(self, **kwargs):
        """Add the sub-commands argument; returns the action whose add_parser() makes them."""
        if self._subparsers is not None:
            raise ArgumentError(None, 'cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        title = kwargs.pop('title', None)
        description = kwargs.pop('description', None)
        if title or description:
            self._subparsers = self.add_argument_group(title or 'subcommands', description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            positionals = [a for a in self._actions if not a.option_strings]
            formatter = self._get_formatter()
            parts = formatter._usage_parts(positionals, self._mutually_exclusive_groups)
            kwargs['prog'] = ' '.join([self.prog] + parts)
        action = _SubParsersAction(option_strings=[], **kwargs)
        self._add_action(action)
        if self._subparsers is not self._positionals:
            self._move_to_group(action, self._subparsers)
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, ...)."""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        if isinstance(action_name, type):
            action_class = action_name
        else:
            try:
                action_class = _ACTIONS[action_name]
            except KeyError:
                raise ValueError(f'unknown action "{action_name}"') from None
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError(f'{type_func!r} is not callable')
        action = action_class(**kwargs)
        return self._add_action(action)

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True  # so it is reported when nothing could be matched
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string or option_string[0] not in self.prefix_chars:
                raise ValueError(f'invalid option string {option_string!r}: must start with a '
                                 f'character {self.prefix_chars!r}')
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest_option_string = long_option_strings[0] if long_option_strings else \
                option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(f'dest= is required for options like {option_string!r}')
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                if self.conflict_handler == 'resolve':
                    old = self._option_string_actions.pop(option_string)
                    old.option_strings.remove(option_string)
                    continue
                conflicting = ', '.join(s for s in action.option_strings
                                        if s in self._option_string_actions)
                raise ArgumentError(action, f'conflicting option string: {conflicting}')
        self._actions.append(action)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if self._negative_number_matcher.match(option_string):
                self._has_negative_number_optionals.append(True)
        group = self._optionals if action.option_strings else self._positionals
        if hasattr(self, '_optionals'):
            group._group_actions.append(action)
        return action

    def _move_to_group(self, action, group):
        for g in (self._positionals, self._optionals):
            if action in g._group_actions:
                g._group_actions.remove(action)
        group._group_actions.append(action)

    # ------------------------------------------------------------ parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error(f"unrecognized arguments: {' '.join(argv)}")
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = list(_sys.argv[1:] if args is None else args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) and \
                    action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if _UNRECOGNIZED_ARGS_ATTR in vars(namespace):
            args.extend(vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR))
        return namespace, args

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        matches = self._option_tuples(arg_string)
        if len(matches) > 1:
            options = ', '.join(option_string for _, option_string, _ in matches)
            raise ArgumentError(None, f'ambiguous option: {arg_string} could match {options}')
        if len(matches) == 1:
            return matches[0]
        if self._negative_number_matcher.match(arg_string) and \
                not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, _, explicit_arg = option_string.partition('=')
                explicit_arg = explicit_arg if '=' in option_string else None
                for candidate, action in self._option_string_actions.items():
                    if candidate.startswith(prefix):
                        result.append((action, candidate, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_option_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for candidate, action in self._option_string_actions.items():
                if candidate == short_option_prefix:
                    result.append((action, candidate, short_explicit_arg))
        return result

    def _parse_known_args(self, arg_strings, namespace):
        option_string_indices = {}
        pattern = []
        arg_iter = iter(arg_strings)
        for i, arg_string in enumerate(arg_iter):
            if arg_string == '--':
                pattern.append('-')
                pattern.extend('A' for _ in arg_iter)
                break
            option_tuple = self._parse_optional(arg_string)
            if option_tuple is None:
                pattern.append('A')
            else:
                option_string_indices[i] = option_tuple
                pattern.append('O')
        arg_strings_pattern = ''.join(pattern)

        action_conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                conflicts = action_conflicts.setdefault(action, [])
                conflicts.extend(group._group_actions[:i])
                conflicts.extend(group._group_actions[i + 1:])

        seen_actions = set()
        seen_non_default_actions = set()

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default_actions.add(action)
                for conflict_action in action_conflicts.get(action, []):
                    if conflict_action in seen_non_default_actions:
                        raise ArgumentError(action, 'not allowed with argument '
                                                    f'{_get_action_name(conflict_action)}')
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        def consume_optional(start_index):
            action, option_string, explicit_arg = option_string_indices[start_index]
            chars = self.prefix_chars
            action_tuples = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    arg_count = self._match_argument(action, 'A')
                    if (arg_count == 0 and option_string[1] not in chars
                            and explicit_arg != ''):
                        action_tuples.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        explicit_arg = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            continue
                        raise ArgumentError(action, f'ignored explicit argument '
                                                    f'{option_string[1:] + (explicit_arg or "")!r}')
                    if arg_count == 1:
                        stop = start_index + 1
                        action_tuples.append((action, [explicit_arg], option_string))
                        break
                    raise ArgumentError(action, f'ignored explicit argument {explicit_arg!r}')
                start = start_index + 1
                arg_count = self._match_argument(action, arg_strings_pattern[start:])
                stop = start + arg_count
                action_tuples.append((action, arg_strings[start:stop], option_string))
                break
            for action, args, option_string in action_tuples:
                take_action(action, args, option_string)
            return stop

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start_index):
            arg_counts = self._match_arguments_partial(positionals,
                                                       arg_strings_pattern[start_index:])
            for action, arg_count in zip(positionals, arg_counts):
                args = arg_strings[start_index:start_index + arg_count]
                start_index += arg_count
                take_action(action, args)
            positionals[:] = positionals[len(arg_counts):]
            return start_index

        extras = []
        start_index = 0
        max_option_string_index = max(option_string_indices) if option_string_indices else -1
        while start_index <= max_option_string_index:
            next_option_string_index = min(index for index in option_string_indices
                                           if index >= start_index)
            if start_index != next_option_string_index:
                positionals_end_index = consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                start_index = positionals_end_index
            if start_index not in option_string_indices:
                extras.extend(arg_strings[start_index:next_option_string_index])
                start_index = next_option_string_index
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                        and hasattr(namespace, action.dest)
                        and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            raise ArgumentError(None, 'the following arguments are required: '
                                      + ', '.join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default_actions
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                raise ArgumentError(None, f"one of the arguments {' '.join(names)} is required")
        return namespace, extras

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(_nargs_pattern(action), arg_strings_pattern)
        if match is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                msg = f"expected {nargs} argument{'' if nargs == 1 else 's'}"
            raise ArgumentError(action, msg)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for i in range(len(actions), 0, -1):
            pattern = ''.join(_nargs_pattern(action) for action in actions[:i])
            match = _re.match(pattern, arg_strings_pattern)
            if match is not None:
                return [len(string) for string in match.groups()]
        return []

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type if action.type is not None else (lambda x: x)
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err)) from None
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, f'invalid {name} value: {arg_string!r}') from None

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, f'invalid choice: {value!r} (choose from {choices})')

    # ------------------------------------------------------------ output

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        if self.usage is not None:
            return f'usage: {self.usage % {"prog": self.prog}}\n'
        return self._get_formatter().format_usage(
            self._actions, self._mutually_exclusive_groups).rstrip('\n') + '\n'

    def format_help(self):
        formatter = self._get_formatter()
        if self.usage is not None:
            text = formatter.format_help(self)
            first_break = text.index('\n\n')
            return self.format_usage() + text[first_break + 1:]
        return formatter.format_help(self)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print a usage message incorporating the message to stderr and exit (status 2)."""
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')
