# typing: aliases, special forms and their reprs, generics, NamedTuple, TypedDict, helpers
import typing as t
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, get_args, get_origin,
                    runtime_checkable)


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(List[int], Optional[int], Union[int, str], Dict[str, List[int]], Callable[[int], str], Callable[..., int],
      Tuple[int, ...], Tuple[int, str], Any, List, Optional[List[int]], Literal[1, 'a'], ClassVar[int], Final[int])
print(Union[int], Union[int, None], Union[None, int], Union[int, Union[str, int]], t.Iterable[int], t.Set, t.Type[int],
      t.Annotated[int, 'meta'], t.Mapping[str, Any], t.Sequence, t.FrozenSet[bytes], t.DefaultDict[str, int])
T = TypeVar('T')
K = TypeVar('K', bound=int)
C = TypeVar('C', covariant=True)
print(T, K, C, K.__bound__, t.AnyStr.__constraints__, Generic[T], List[T], Dict[str, T][int], t.NoReturn, t.Self)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str) is __import__('types').UnionType,
      get_args(Optional[int]), get_origin(List), get_args(int), get_args(Callable[[int, str], bool]),
      get_origin(t.Annotated[int, 1]), get_args(t.Annotated[int, 1]))
print(Optional[int] == Union[int, None], List[int] == List[int], Union[int, str] == Union[str, int],
      hash(List[int]) == hash(List[int]), Literal[1, 2] == Literal[2, 1])
print(isinstance([], List), isinstance({}, t.Mapping), issubclass(list, t.Sequence), isinstance(3, t.Hashable),
      isinstance('x', Union[int, str]))
show(isinstance, [], List[int])
show(isinstance, 1, Any)
show(Union)
show(lambda: Union[()])
show(List)
show(lambda: t.NoReturn[int])


class P(NamedTuple):
    x: int
    y: str = 'a'

    def both(self):
        return f'{self.x}{self.y}'


print(P(1), P(2, 'b').both(), P._fields, P.__annotations__, P._field_defaults, isinstance(P(1), tuple))
Q = NamedTuple('Q', [('a', int), ('b', float)])
print(Q(1, 2.0), Q.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(title='x', year=1)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__),
      t.is_typeddict(Movie), t.is_typeddict(dict))
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__annotations__)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


print(Box[int], Box(5).item, Box.__parameters__, Box[int](7).item, Box.__orig_bases__)
show(lambda: Box[int, str])


class Pair(Generic[K, T]):
    pass


print(Pair[int, str], Pair.__parameters__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        pass


class Proto(Protocol):
    def meth(self) -> int:
        ...


print(isinstance(File(), Closable), isinstance(1, Closable), issubclass(File, Closable), isinstance(3, t.SupportsInt),
      isinstance('s', t.SupportsInt), isinstance(2.5, t.SupportsFloat))
show(isinstance, File(), Proto)
UserId = t.NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, t.cast(int, 'x'), t.TYPE_CHECKING)


@t.overload
def f(x: int) -> int:
    ...


@t.overload
def f(x: str) -> str:
    ...


def f(x):
    return x


print(f(1), len(t.get_overloads(f)), t.final(f) is f, f.__final__)


class Annotated:
    a: int
    b: 'List[str]'
    c: ClassVar[int] = 1


def g(x: 'int', y: Optional[str] = None) -> 'Dict[str, int]':
    pass


print(t.get_type_hints(Annotated), t.get_type_hints(g))
show(t.assert_never, 5)
print(t.Text is str, t.ForwardRef('X'), List['Fwd'])
