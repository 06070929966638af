x = 1
# c

y = """a
b"""
if x:
    z = (1,
  2)
w = 2
s = "a\
b"
t = 1 \
  + 2
f"""a
b{x}
c"""
x = [
  1, # c
]
# end