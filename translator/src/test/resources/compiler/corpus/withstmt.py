def f(p):
    with open(p) as fp:
        data = fp.read()
    with a() as x, b() as y:
        pass
    return data
async def g():
    async with a() as x:
        await x
