class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def greet(self):
        return "hello " + self.name
class Child(Base):
    def greet(self):
        return super().greet().upper()
    @property
    def size(self):
        return len(self.name)
    @classmethod
    def make(cls, n):
        return cls(n * 2)
    @staticmethod
    def util(x):
        return x + 1
c = Child.make("ab")
print(c, c.greet(), c.size, Child.util(1), Base.count, Child.__mro__)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Slotted:
    __slots__ = ("x",)
s = Slotted()
s.x = 1
try:
    s.y = 2
except AttributeError as e:
    print("AttributeError:", e)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    try:
        raise MyErr(7)
    except MyErr as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__cause__.code)
def f(a, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, d=6))
for call in (lambda: f(), lambda: f(1, 2), lambda: f(1, c=1, a=2), lambda: len(1), lambda: None[0], lambda: 1 + "a"):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
print([].pop if False else "ok")
