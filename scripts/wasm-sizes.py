#!/usr/bin/env python3
"""Where the wasm's bytes are: each function body of the code section attributed to its symbol
(the name section), demangled, and summed by what it is: a std::sort/merge, hash-table or vector
instantiation, the bindings, a library of Emscripten's, or the core file that defines it; then
the data section's size. Needs a build with names: the page's link with --profiling-funcs added
(and -O1 so that binaryen does not inline the core into the bindings, which hides the files);
concord_wasm_web links concord-core.wasm, concord_wasm_pair concord-pair.wasm:

  cd build-wasm/wasm && NODE_PATH=/usr/share/nodejs em++ -O1 --profiling-funcs --bind \\
    <the other flags of concord_wasm_web's link.txt> @CMakeFiles/concord_wasm_web.dir/objects1 \\
    -o /tmp/names/x.mjs ../core/libconcord_core.a ../wire/libconcord_wire.a ../core/libconcord_core.a
  /usr/bin/python3 scripts/wasm-sizes.py /tmp/names/x.wasm build-wasm

Columns: raw bytes, the group's bytes gzipped on their own (-9; an upper bound of what the group
adds to the whole file's gzip), function count. Recorded in docs/bench.md."""
import collections
import os
import re
import subprocess
import sys
import zlib

EMSCRIPTEN_LIBS = '/usr/share/emscripten/cache/sysroot/lib/wasm32-emscripten'


def leb(b, i):
    result = shift = 0
    while True:
        byte = b[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(b):
    i = 8
    while i < len(b):
        sid = b[i]
        size, i = leb(b, i + 1)
        yield sid, b[i:i + size]
        i += size


def imported_functions(body):
    count, j = leb(body, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, j = leb(body, j)
            j += length
        kind = body[j]
        j += 1
        if kind == 0:
            _, j = leb(body, j)
            functions += 1
        elif kind in (1, 2):  # table (element type first) or memory: limits
            j += kind == 1
            flags, j = leb(body, j)
            _, j = leb(body, j)
            if flags & 1:
                _, j = leb(body, j)
        elif kind == 3:
            j += 2
    return functions


def parse(path):
    b = open(path, 'rb').read()
    imports, bodies, names, data = 0, [], {}, 0
    for sid, body in sections(b):
        if sid == 2:
            imports = imported_functions(body)
        elif sid == 10:
            count, j = leb(body, 0)
            for _ in range(count):
                size, j = leb(body, j)
                bodies.append(body[j:j + size])
                j += size
        elif sid == 11:
            data = len(body)
        elif sid == 0:
            length, j = leb(body, 0)
            if body[j:j + length] != b'name':
                continue
            j += length
            while j < len(body):
                sub = body[j]
                size, j = leb(body, j + 1)
                end = j + size
                if sub == 1:
                    count, k = leb(body, j)
                    for _ in range(count):
                        index, k = leb(body, k)
                        length, k = leb(body, k)
                        names[index] = body[k:k + length].decode('utf-8', 'replace')
                        k += length
                j = end
    return b, [(names.get(imports + i, f'f{imports + i}'), body) for i, body in enumerate(bodies)], data


def defining_files(build_dir):
    """Demangled symbol -> the object file (or Emscripten library) that defines it."""
    files = {}
    objects = [os.path.join(d, f) for d, _, fs in os.walk(build_dir) for f in fs if f.endswith('.o')]
    for obj in objects:
        out = subprocess.run(['llvm-nm', '-C', '--defined-only', obj], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if len(line) > 11:
                files.setdefault(line[11:], os.path.basename(obj)[:-2])
    for lib in ['libc++-noexcept', 'libc++abi-noexcept', 'libc', 'libembind', 'libdlmalloc', 'libcompiler_rt']:
        out = subprocess.run(['llvm-nm', '-C', '--defined-only', f'{EMSCRIPTEN_LIBS}/{lib}.a'], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if len(line) > 11 and not line.endswith(':'):
                files.setdefault(line[11:], lib)
    return files


SORT = re.compile(r'std::__2::(__sort|__insertion_sort|__sort[345]|__inplace_merge|__stable_sort|__merge_move'
                  r'|__buffered_inplace|__partial_sort|__sift|__floyd|__pop_heap|__nth_element|__selection_sort)')


def kind_of(name, files):
    where = files.get(name, '?')
    if SORT.search(name):
        return 'std::sort / stable_sort instantiations'
    if re.search(r'__hash_table|__rehash|__next_prime', name):
        return 'std hash tables (unordered_map/set)'
    if re.match(r'(\S+ )?std::__2::(vector|__split_buffer)', name):
        return 'std::vector growth'
    if re.match(r'(\S+ )?std::__2::basic_string', name):
        return 'std::string'
    if where.startswith('lib'):
        return where
    if where.startswith('bind_'):
        return 'bindings (wasm/bind_*.cc)'
    return f'core: {where}' if where != '?' else 'unattributed'


def main():
    module, functions, data = parse(sys.argv[1])
    files = defining_files(sys.argv[2]) if len(sys.argv) > 2 else {}
    total = sum(len(body) for _, body in functions)
    print(f'{len(functions)} functions, code {total} bytes, data {data} bytes, '
          f'whole file {len(module)} bytes, {len(zlib.compress(module, 9))} compressed')
    groups = collections.defaultdict(list)
    for name, body in functions:
        groups[kind_of(name, files)].append(body)
    print('\n| what | raw bytes | gzipped alone | functions |\n| --- | ---: | ---: | ---: |')
    for what, bodies in sorted(groups.items(), key=lambda kv: -sum(map(len, kv[1]))):
        joined = b''.join(bodies)
        print(f'| {what} | {len(joined)} | {len(zlib.compress(joined, 9))} | {len(bodies)} |')
    print('\nLargest functions:')
    for name, body in sorted(functions, key=lambda f: -len(f[1]))[:25]:
        print(f'{len(body):7d}  {name[:140]}')


if __name__ == '__main__':
    main()
