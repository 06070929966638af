def gen(n):
    for i in range(n):
        yield i
    x = yield
    yield from range(3)
    return x
async def co(a):
    await a
    async for x in a:
        print(x)
async def agen():
    yield 1
