# A CPython 3.13 .pyc of this file is committed; an uncaught exception: traceback on stderr, exit code 1.
def inner(n):
    return {"a": 1}[n]


def outer():
    return inner("b")


print("before")
outer()
