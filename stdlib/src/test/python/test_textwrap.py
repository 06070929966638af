# textwrap: wrap/fill/shorten/dedent/indent with many options
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "A well-known, state-of-the-art text-wrapping algorithm -- breaking on hyphens -- handles "
        "supercalifragilisticexpialidocious words and\ttabs\nand newlines.  Is it fine? Yes.")
for width in (10, 15, 20, 33, 50, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, drop_whitespace=False))
print(textwrap.wrap(text, 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap('a\tb\tc', 80, tabsize=4), textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap(' x ', 10))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=1, placeholder='...'))
print(textwrap.shorten('Hello  world!   How are you?', 12), textwrap.shorten(text, 50),
      textwrap.shorten('Hello world', 11), textwrap.shorten(text, 25, placeholder=' (more)'))
for word in ['self-evident', 'a-b-c-d', 'x--y', 'well--known', '--dash', 'e-mail-like-text', 'abc-123',
             'ab-cd', 'a-bc', "what's-up?", 'foo---bar']:
    print(word, TextWrapper(width=1)._split(word), textwrap.wrap(word * 3, 7))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError:', e)
try:
    textwrap.wrap('hello world', 3, max_lines=1)
except ValueError as e:
    print('ValueError:', e)
print(repr(textwrap.dedent('''
    def f():
        return 1
      \t
    end
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   x\n   \n  y')), repr(textwrap.dedent('')),
      repr(textwrap.dedent('\t\ta\n\t b')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n b', '+', lambda line: True)),
      repr(textwrap.indent('x\r\ny', '-')))
