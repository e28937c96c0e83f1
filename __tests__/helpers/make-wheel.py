"""Writes a PEP 427 wheel from an installed package's real files (no build backend, no network).

usage: make-wheel.py OUTDIR NAME VERSION PACKAGE_DIR [--requires DIST]... [--script NAME=MODULE:FUNC]...
                     [--metadata FILE]

--metadata: the wheel's METADATA is this file (an installed distribution's real core metadata) instead of the
minimal Name/Version/Requires-Dist one.
"""
import argparse
import base64
import hashlib
import os
import zipfile


def digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("name")
    parser.add_argument("version")
    parser.add_argument("package_dir")
    parser.add_argument("--requires", action="append", default=[])
    parser.add_argument("--script", action="append", default=[])
    parser.add_argument("--metadata")
    args = parser.parse_args()

    info = f"{args.name}-{args.version}.dist-info"
    files: dict[str, bytes] = {}
    top = os.path.basename(os.path.normpath(args.package_dir))
    for root, dirs, names in os.walk(args.package_dir):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in names:
            if name.endswith(".pyc"):
                continue
            path = os.path.join(root, name)
            arcname = os.path.join(top, os.path.relpath(path, args.package_dir))
            with open(path, "rb") as f:
                files[arcname] = f.read()
    metadata = ["Metadata-Version: 2.1", f"Name: {args.name}", f"Version: {args.version}"]
    metadata += [f"Requires-Dist: {r}" for r in args.requires]
    if args.metadata:
        with open(args.metadata, "rb") as f:
            files[f"{info}/METADATA"] = f.read()
    else:
        files[f"{info}/METADATA"] = ("\n".join(metadata) + "\n").encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: make-wheel\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    if args.script:
        scripts = "\n".join(s.replace("=", " = ", 1) for s in args.script)
        files[f"{info}/entry_points.txt"] = f"[console_scripts]\n{scripts}\n".encode()
    record = [f"{name},{digest(data)},{len(data)}" for name, data in files.items()] + [f"{info}/RECORD,,"]
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()

    wheel = os.path.join(args.outdir, f"{args.name}-{args.version}-py3-none-any.whl")
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    print(wheel)


if __name__ == "__main__":
    main()
