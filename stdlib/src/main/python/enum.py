"""Enumerations (pure-Python enum for regpy), following Python 3.13's semantics.

EnumType builds each enumeration: the class body is collected in an EnumDict (which resolves
auto() values and separates members from methods), then every member is created once, by
the data type's __new__ (int, str, ...) or object.__new__, and registered in
_member_map_ / _value2member_map_.  Calling the class looks a member up by value.
Flag adds bitwise composition: combinations are created on demand by Flag._missing_.
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumType', 'EnumMeta', 'EnumDict', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'member', 'nonmember', 'global_enum', 'show_flag_values']

# Defined below; the metaclass must work while they are still being created.
Enum = ReprEnum = Flag = EJECT = KEEP = STRICT = CONFORM = None


# ---------------------------------------------------------------- helpers

def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = f'_{cls_name}__'
    return name.startswith(prefix) and not name.endswith('__') and len(name) > len(prefix)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like built-in bin(), but shows the sign bit apart: bin(8, 4) == '0b0 1000'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        digits = format(num, 'b').rjust(num.bit_length(), '0') if num else '0'
        sign = '0'
    else:
        digits = format(~num ^ (ceiling - 1), 'b').rjust(num.bit_length(), '0')
        sign = '1'
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return f'0b{sign} {digits}'


class _AutoNull:
    """Sentinel: an auto() whose value has not been generated yet."""

    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """An enum-aware property: member.name and member.value work even if a member is named so."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}')
        if self.fget is not None:
            return self.fget(instance)
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f'{type(instance).__name__!r} object has no attribute '
                                 f'{self.name!r}') from None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---------------------------------------------------------------- the class-body namespace

class EnumDict(dict):
    """Class-body namespace of an enumeration: records members, resolves auto() values."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._member_names = {}   # an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = cls_name

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError(f'_ignore_ cannot specify already set names: {already!r}')
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(
                    key, 1, len(self._member_names), self._last_values[:])
                self._auto_called = True
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return type(value)(self._resolve_auto(key, v) for v in value)
        return value

    def update(self, members=(), **more_members):
        items = members.items() if hasattr(members, 'items') else members
        for name, value in items:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


_EnumDict = EnumDict


# ---------------------------------------------------------------- the metaclass

class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = EnumDict(cls)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = list(classdict._ignore) if isinstance(classdict, EnumDict) else []
        namespace = dict(classdict)
        for key in ignore + ['_ignore_']:
            namespace.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(namespace, member_type, first_enum)

        member_names = list(getattr(classdict, '_member_names', ()))
        members = {name: namespace.pop(name) for name in member_names}
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError(f"invalid enum member name(s) {','.join(repr(n) for n in invalid)}")
        order = namespace.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        namespace.update({
            '_new_member_': new, '_use_args_': use_args, '_member_names_': [],
            '_member_map_': {}, '_value2member_map_': {}, '_unhashable_values_': [],
            '_member_type_': member_type,
            '_value_repr_': metacls._find_data_repr_(cls, bases),
        })
        # Flag bookkeeping lives on every enumeration, as in CPython (unused by non-flags).
        namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        namespace.update(_flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        metacls._choose_methods(enum_class, namespace, bases, member_type, first_enum)
        for name, value in members.items():
            _create_member(enum_class, name, value, new, use_args)
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        if Flag is not None and issubclass(enum_class, Flag):
            # Flag's operators must win over a data type's (IntFlag: int.__or__ comes first).
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in namespace:
                    type.__setattr__(enum_class, op, getattr(Flag, op))
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if order is not None and order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  '
                            f'{enum_class._member_names_!r}\n  {order!r}')
        return enum_class

    @staticmethod
    def _choose_methods(enum_class, namespace, bases, member_type, first_enum):
        """Keep Enum's repr/str/format/reduce over the data type's, unless the class defines them."""
        if first_enum is None:
            return
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in namespace:
                continue
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in namespace:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in namespace:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

    # ------------------------------------------------------------ class behaviour

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if cls._member_map_:
            if names is not None:
                value = (value, names) + values
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(f'{cls} has no members; specify `names=()` if you meant to '
                            'create a new, empty, enum')
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        if Flag is not None and issubclass(cls, Flag):
            try:
                return isinstance(cls._missing_(value), cls)
            except ValueError:
                pass
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                       '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        """Read-only mapping of member names (aliases included) to members."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    # ------------------------------------------------------------ construction helpers

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Functional API: Enum('Color', 'RED GREEN') or Enum('Color', [('RED', 1)])."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif names is None:
            names = ()
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframemodulename(2)
            except AttributeError:
                try:
                    module = sys._getframe(2).f_globals['__name__']
                except (AttributeError, ValueError, KeyError):
                    module = None
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """Return (member type, first enum base) for a new enumeration."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        base_chain = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                base_chain.add(base)
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {data_types!r}')
        return data_types.pop() if data_types else None

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_new_(mcls, namespace, member_type, first_enum):
        """The __new__ that creates members, whether to keep it, and whether it takes args."""
        new = namespace.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in {None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None}:
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        elif isinstance(new, staticmethod):
            new = new.__func__
        return new, save_new, new is not object.__new__


EnumMeta = EnumType


def _create_member(enum_class, name, value, new, use_args):
    """Create member `name` (or register it as an alias of an equal-valued member)."""
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    member = new(enum_class, *args) if use_args else new(enum_class)
    if not hasattr(member, '_value_'):
        if enum_class._member_type_ is object:
            member._value_ = value
        else:
            try:
                member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                raise TypeError('_value_ not set in __new__, unable to create it') from exc
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    member._sort_order_ = len(enum_class._member_names_)

    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag and isinstance(value, int):
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is None:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        member = canonical
    elif not is_flag or _is_single_bit(value):
        enum_class._member_names_.append(name)

    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        enum_class._unhashable_values_.append(value)
    # Members live in the class namespace; an enum-aware property of the same name
    # (e.g. a member called 'value') hands out the member on class access instead.
    existing = None
    for base in enum_class.__mro__[1:]:
        if name in base.__dict__:
            existing = base.__dict__[name]
            break
    if isinstance(existing, property):
        redirect = property(existing.fget)
        redirect.name = name
        redirect.member = member
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, member)


# ---------------------------------------------------------------- Enum and friends

class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    >>> Color.RED
    <Color.RED: 1>
    """

    def __new__(cls, value):
        # Look a member up by value (members themselves are created by EnumType).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                    and isinstance(result, int)):
                return result
            ve_exc = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
            if result is None and exc is None:
                raise ve_exc
            if exc is None:
                exc = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} '
                                'instead of None or a valid member')
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)

    def _generate_next_value_(name, start, count, last_values):
        """Default auto() value: one more than the last value, or start for the first."""
        if not last_values:
            return start
        last_value = last_values[-1]
        try:
            return last_value + 1
        except TypeError:
            raise TypeError(f'unable to increment {last_value!r}') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f'<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        return f'{self.__class__.__name__}.{self._name_}'

    def __dir__(self):
        if self._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                           'name', 'value'}
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


class FlagBoundary(StrEnum):
    """Control how out of range values are handled: strict, conform, eject or keep."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary




# ---------------------------------------------------------------- Flag

class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^, and can be tested with `in`."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest last value (start for the first member)."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """Canonical members in value order."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """Canonical members in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Create a composite member (a pseudo-member) for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n'
                                 f'    given {bin(value, max_bits)}\n'
                                 f'  allowed {bin(flag_mask, max_bits)}')
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ in (EJECT, KEEP):
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {cls._boundary_!r}')
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} '
                             f'[{bin(unknown)}]')
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = list(cls._iter_member_(member_value))
            combined_value = 0
            for m in members:
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for pv in cls._member_map_.values():
                    if (all(pv is not m for m in members) and pv._value_
                            and pv._value_ & value == pv._value_):
                        members.append(pv)
                        combined_value |= pv._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join(m._name_ for m in members)
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError(f'{cls!r}: no members with value {unknown!r}')
            elif unknown:
                pseudo_member._name_ += f'|{cls._numeric_repr_(unknown)}'
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """True if every flag of other is set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f'<{cls_name}: {v_repr(self._value_)}>'
        return f'<{cls_name}.{self._name_}: {v_repr(self._value_)}>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f'{cls_name}({self._value_!r})'
        return f'{cls_name}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""


def _global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return f'{module}.{self._name_}'


def _global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return f'{module}.{self.__class__.__name__}({self._value_!r})'
    if _is_single_bit(self._value_):
        return f'{module}.{self._name_}'
    names = self._name_.split('|')
    if self._boundary_ is not KEEP:
        return '|'.join(f'{module}.{name}' for name in names)
    return '|'.join(name if name[0].isdigit() else f'{module}.{name}' for name in names)


def _global_str(self):
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: export the members into their module, whose name then prefixes their repr."""
    cls.__repr__ = _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = _global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
