x = 1
y = x + 2
x, y = y, x
a = b = c = 3
a += 1
del b
z = -x
w = not x
v = ~x
u = +x
s = x[1]
x[2] = 3
del x[2]
t = x.attr
x.attr = 4
del x.attr
x[1:2] = y
q = x[1:2]
r = x[::2]
