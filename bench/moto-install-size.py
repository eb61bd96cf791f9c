"""What `pip install 'moto[server]'` puts on disk, measured from what is installed here (bench/install-size.ts).

Walks the requirements of moto with its `server` extra (markers evaluated for this interpreter), through every
installed distribution's own requirements, and sums the disk usage (st_blocks, as du counts) of the files each
distribution's RECORD lists. Prints one JSON line: version, distributions, kilobytes, and any requirement that
is not installed here (then the figure is a lower bound). Arguments: the distribution (default moto) and its
extras, comma-separated (default server; "" for none). It reads package metadata only; it runs no moto code.
"""
import json
import os
import sys
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def requirements(dist, extras):
    for text in dist.requires or []:
        req = Requirement(text)
        if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in (extras or [""])):
            yield req


def closure(root, extras):
    seen, missing, queue = {}, set(), [(root, extras)]
    while queue:
        name, wanted = queue.pop()
        key = canonicalize_name(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.add(key)
            continue
        new = set(wanted) - seen.get(key, set()) if key in seen else set(wanted)
        if key in seen and not new:
            continue
        seen.setdefault(key, set()).update(wanted)
        queue.extend((req.name, sorted(req.extras)) for req in requirements(dist, sorted(new) or None))
    return seen, missing


def disk_kilobytes(names):
    total, counted = 0, set()
    for name in names:
        dist = metadata.distribution(name)
        for file in dist.files or []:
            path = os.path.realpath(dist.locate_file(file))
            if path in counted or not os.path.isfile(path):
                continue
            counted.add(path)
            total += os.stat(path).st_blocks * 512
    return total // 1024


root = sys.argv[1] if len(sys.argv) > 1 else "moto"
extras = sys.argv[2].split(",") if len(sys.argv) > 2 else ["server"]
dists, missing = closure(root, extras)
print(json.dumps({
    "version": metadata.version(root), "distributions": len(dists), "kilobytes": disk_kilobytes(dists),
    "missing": sorted(missing), "names": sorted(dists),
}))
