# urllib.parse: split/parse/unsplit/join, netloc properties, quoting, query strings
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote, quote_plus, unquote,
                          unquote_plus, urlencode, parse_qs, parse_qsl, quote_from_bytes, unquote_to_bytes)

for url in ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', 'ftp://host/file.txt', 'mailto:someone@x.org',
            '//netloc/only', '/just/a/path?x', 'relative/path#f', 'file:///etc/passwd', 'HTTP://host', 'data:text/plain,hi',
            'http://h/p;a;b', 'urn:isbn:0451450523', ' \thttp://spaced/ ', 'http://h?', 'http://h#', 'svn+ssh://h/r', '', 'path:80']:
    s = urlsplit(url)
    p = urlparse(url)
    print(repr(url), s, p.params, s.hostname, s.port, s.username, s.password, urlunsplit(s), urlunparse(p), s.geturl())
print(urlsplit(b'http://h/p?q#f'), urlparse('x', scheme='https'), urlsplit('http://h/p#f', allow_fragments=False))
for bad in ['http://[::1/x', 'http://h:port/', 'http://h:70000/']:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print('ValueError:', e)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../',
            '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
            './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://h/a/', 'b'), urljoin('http://h', 'x'), urljoin('', 'x'), urljoin('mailto:a@b', 'c'), urljoin(b'http://h/a', b'b'),
      urldefrag('http://h/p#frag'), urldefrag('http://h/p'))
print(quote('a b/c?d=é&f'), quote('a b/c', safe=''), quote_plus('a b&c=d/e'), quote(b'\x00\xff'), quote('~_.-'), quote(''),
      quote_from_bytes(b'a b'), quote('é', encoding='latin-1'))
print(unquote('a%20b%2Fc%C3%A9%zz%'), unquote_plus('a+b%2B'), unquote('%E2%82%AC%e2%82%ac'), unquote(b'%41'), unquote_to_bytes('%41%ff'),
      unquote('%C3'), unquote('no escapes'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é'}), urlencode([('k', 'v'), ('k', 'w')]), urlencode({'l': [1, 2]}, doseq=True),
      urlencode({'l': [1, 2]}), urlencode({'s': 'a/b'}, safe='/'), urlencode({'b': b'\xff'}))
print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('a=1&c=', keep_blank_values=True), parse_qsl('x=a+b%20c&y=%C3%A9'),
      parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1&b=2'), parse_qs(''))
for call in [lambda: parse_qsl('a=1&b', strict_parsing=True), lambda: parse_qsl('a=1&b=2', max_num_fields=1), lambda: urlencode('abc'),
             lambda: urljoin('http://h', b'x'), lambda: quote(b'x', encoding='utf-8')]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
