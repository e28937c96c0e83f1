"""Parse floors for the lockfile benchmark, run with Debian's /usr/bin/python3: the standard library's (or libyaml's,
or pip's own requirement parser's) parse of the same file, timed in process like ci-suite's parser.
Usage: floors.py toml|yaml|json|requirements <file> <rounds>; prints {"coldMs": ..., "warmMs": ..., "tool": ...}."""
import json
import sys
import time
import tomllib

kind, path, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])


def parse():
    if kind == 'toml':
        with open(path, 'rb') as f:
            return tomllib.load(f)
    if kind == 'json':
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    if kind == 'yaml':
        import yaml

        with open(path, encoding='utf-8') as f:
            return yaml.load(f, Loader=yaml.CSafeLoader)
    if kind == 'requirements':
        # pip's own parser of requirement lines (pip._vendor.packaging), after joining continuations as pip does
        from pip._vendor.packaging.requirements import Requirement

        with open(path, encoding='utf-8') as f:
            text = f.read().replace('\\\n', ' ')
        out = []
        for line in text.splitlines():
            line = line.split(' #', 1)[0].strip()
            if not line or line.startswith('#'):
                continue
            out.append(Requirement(line.split(' --hash', 1)[0]))
        return out
    raise SystemExit(f'unknown kind {kind}')


TOOLS = {
    'toml': 'python tomllib',
    'json': 'python json',
    'yaml': 'python yaml (libyaml CSafeLoader)',
    'requirements': "pip's packaging.Requirement",
}
started = time.perf_counter()
parse()
cold = (time.perf_counter() - started) * 1000
warm = []
for _ in range(rounds):
    started = time.perf_counter()
    parse()
    warm.append((time.perf_counter() - started) * 1000)
warm.sort()
print(json.dumps({'coldMs': cold, 'warmMs': warm[len(warm) // 2], 'tool': TOOLS[kind]}))
