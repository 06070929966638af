# -*- coding: utf-8 -*-
ñame = "héllo wörld"
π = 3.14; résumé = π * 2
x = ("a"
     "b")
y = [1,
     2,  # comment
     3]
if x:  # comment
	z = 1  # tab indented

def long(a,
         b):
    return \
        a + b
s = '''😀 emoji
in triple'''
t = "😀" + ñame
class K:

    def m(self):


        return 1
# trailing comment without newline
x = 1