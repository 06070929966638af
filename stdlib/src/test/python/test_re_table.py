# re: a table of patterns x subjects; prints search/findall/sub/split results for each pair
import re

patterns = [r'a', r'a*', r'a+?', r'(a|b)*c', r'(a|ab)(c|bcd)', r'[a-c]+', r'[^a-c]+', r'\d{2,3}', r'\d{2,3}?', r'(\w+)\s(\w+)',
            r'^\w+', r'\w+$', r'(?m)^\w+$', r'\bw\w*', r'(\d+)(?:px|em)', r'(?P<k>\w+)=(?P<v>[^;]*);?', r'(x)?y', r'(a)(b)?(c)',
            r'(.)\1', r'(?i)[a-z]+', r'[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?', r'"(?:[^"\\]|\\.)*"', r'<([a-z]+)>.*?</\1>', r'\s*,\s*',
            r'(?<=\$)\d+', r'(?<![\d.])\d+', r'\w+(?=!)', r'(ab)+', r'(a*)(b*)', r'x*|y', r'(?:)', r'.', r'(?s).', r'[\s\S]',
            r'\$\d+(\.\d\d)?', r'[\]\[]', r'[.*+?]', r'(a(b(c)))', r'(?:a|b|c){2}', r'a{0}', r'(?x) \d+ (?: \. \d+ )?',
            r'\W+', r'[A-Z][a-z]*', r'(\w)(\w)?(\w)?', r'^$', r'(?m)^$', r'$', r'\Z', r'(?i)ǅ', r'[à-ÿ]+', r'\u00e9+']
subjects = ['', 'a', 'aaa', 'abc', 'abcd', 'aab bc cab', 'width=10; height=20;', 'x1 22 333 4444', 'hello world foo',
            'say "a \\"q\\" b" now', '<b>bold</b> <i>it</i>', 'price $12.50 or $3', 'wow! cool! no', '1.5e3 -2 +.5 7.',
            'line1\nline2\n\nline4', 'aabbcc xx yy', 'ÀÉÎ éé café', 'ab ab ab', 'c', 'yy xy x', '12px 3em 5', 'ǅǆǄ']
for p in patterns:
    rx = re.compile(p)
    row = []
    for s in subjects:
        m = rx.search(s)
        row.append((m.span(), m.groups()) if m else None)
        row.append(rx.findall(s))
        row.append(rx.sub('<\\g<0>>', s, count=3))
        row.append(rx.split(s, maxsplit=2))
    print(p, row)
