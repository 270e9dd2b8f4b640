#!/usr/bin/env bash
# The texts of data/gold-real live outside git (they are other people's words). This script checks a cache of them
# against the sha256 and length recorded in the gold lines, and imports texts saved elsewhere into the cache.
#   scripts/real-dev-texts.sh check  [CACHE]        # which texts are missing or differ from what was annotated
#   scripts/real-dev-texts.sh import DIR [CACHE]    # copy DIR/<id>.txt into the cache when the hash matches
# CACHE defaults to ~/.cache/pactwatch/real-dev. How the texts were obtained: data/gold-real/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cmd="${1:-check}"
case "$cmd" in
  check) src=""; cache="${2:-$HOME/.cache/pactwatch/real-dev}" ;;
  import) src="${2:?usage: $0 import DIR [CACHE]}"; cache="${3:-$HOME/.cache/pactwatch/real-dev}" ;;
  *) echo "usage: $0 check [CACHE] | import DIR [CACHE]" >&2; exit 2 ;;
esac
mkdir -p "$cache"
python3 - "$cache" "$src" <<'PY'
import glob, hashlib, json, os, shutil, sys
cache, src = sys.argv[1], sys.argv[2]
ok = missing = wrong = imported = 0
for part in sorted(glob.glob("data/gold-real/parts/*.jsonl")):
    for line in open(part, encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        target = os.path.join(cache, d["file"])
        if src and not os.path.exists(target):
            candidate = os.path.join(src, d["file"])
            if os.path.exists(candidate) and hashlib.sha256(open(candidate, "rb").read()).hexdigest() == d["sha256"]:
                shutil.copyfile(candidate, target)
                imported += 1
        if not os.path.exists(target):
            missing += 1
            print(f"missing {d['id']}: {d['url']} (query: {d['query']})")
        elif hashlib.sha256(open(target, "rb").read()).hexdigest() != d["sha256"]:
            wrong += 1
            print(f"differs {d['id']}: {target} is not the text that was annotated")
        else:
            ok += 1
print(f"{ok} texts as annotated, {missing} missing, {wrong} different, {imported} imported into {cache}")
sys.exit(1 if missing or wrong else 0)
PY
