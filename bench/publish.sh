#!/usr/bin/env bash
# Benchmark of the publish gate's uploader: one large wheel to a local pypiserver by the gate,
# by twine and by a raw `curl -F` of the same form. Prints wall times, ratios to curl and
# peak memory (max RSS): medians of RUNS rounds (default 5), peak RSS the largest seen.
# Usage: bench/publish.sh [size-MB ...]   (default: 100 300)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
SIZES=("${@:-100 300}")
RUNS=${RUNS:-5}
[[ $# -eq 0 ]] && SIZES=(100 300)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/publish-bench.XXXXXX")
cleanup() {
  # start_server runs in a command substitution (a subshell), so its pids go through files.
  for file in "$WORK"/*.pid; do [[ -e $file ]] && kill "$(cat "$file")" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "building the runner (ncc)..." >&2
npx ncc build bench/publish-runner.ts -o bench/out/publish >/dev/null 2>&1
RUNNER=$ROOT/bench/out/publish/index.js
TOKEN=bench-token-0123456789

"$PY" -c 'import sys; from passlib.apache import HtpasswdFile as H; h=H(sys.argv[1], new=True); h.set_password("__token__", sys.argv[2]); h.save()' \
  "$WORK/htpasswd" "$TOKEN"

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Stops the server started under NAME and removes its files.
stop_server() {
  local pid
  pid=$(cat "$WORK/srv-$1.pid")
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  rm -rf "$WORK/srv-$1" "$WORK/srv-$1.pid"
}

# Starts a fresh pypiserver, echoes its URL.
start_server() {
  local dir=$WORK/srv-$1 port
  mkdir -p "$dir"
  port=$(free_port)
  "$PY" -m pypiserver run -i 127.0.0.1 -p "$port" --disable-fallback -a update -P "$WORK/htpasswd" \
    "$dir" >"$WORK/srv-$1.log" 2>&1 </dev/null &
  echo $! >"$WORK/srv-$1.pid"
  for _ in $(seq 100); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/simple/" && break
    sleep 0.1
  done
  echo "http://127.0.0.1:$port/"
}

# Runs a command under /usr/bin/time -v; prints "seconds maxrss_kb".
measure() {
  local out=$WORK/time.txt
  /usr/bin/time -v -o "$out" "$@" >"$WORK/cmd.out" 2>"$WORK/cmd.err" || {
    echo "FAILED: $*" >&2
    cat "$WORK/cmd.err" >&2
    exit 1
  }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out")
  # wall is [h:]m:ss.ss
  echo "$wall" | awk -F: -v rss="$rss" '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f %d\n", s, rss }'
}

printf '%-8s %-18s %9s %9s %12s\n' size tool median_s vs_curl peak_rss_MB
for size in "${SIZES[@]}"; do
  wheel_dir=$WORK/wheel-$size
  mkdir -p "$wheel_dir"
  "$PY" - "$wheel_dir" "$size" <<'PY'
import base64, hashlib, os, sys, zipfile
out, size = sys.argv[1], int(sys.argv[2])
name = "benchpkg-1.%d-cp312-cp312-manylinux_2_28_x86_64.whl" % size
di = "benchpkg-1.%d.dist-info" % size
meta = "Metadata-Version: 2.1\nName: benchpkg\nVersion: 1.%d\nSummary: benchmark wheel\nRequires-Dist: numpy\n\n" % size
wheel = "Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: false\nTag: cp312-cp312-manylinux_2_28_x86_64\n"
records = []
def rec(arc, data):
    d = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    records.append("%s,sha256=%s,%d" % (arc, d, len(data)))
with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_STORED) as z:
    h = hashlib.sha256(); n = 0
    with z.open("benchpkg/_blob.so", "w", force_zip64=True) as f:
        chunk = os.urandom(1 << 20)
        for i in range(size):
            block = hashlib.sha256(chunk + bytes([i % 256])).digest() * (1 << 15)
            f.write(block); h.update(block); n += len(block)
    d = base64.urlsafe_b64encode(h.digest()).rstrip(b"=").decode()
    records.append("benchpkg/_blob.so,sha256=%s,%d" % (d, n))
    for arc, text in ((di + "/METADATA", meta), (di + "/WHEEL", wheel)):
        z.writestr(arc, text); rec(arc, text.encode())
    z.writestr(di + "/RECORD", "\n".join(records + [di + "/RECORD,,"]) + "\n")
PY
  wheel=$(ls "$wheel_dir"/*.whl)
  form=$WORK/form-$size.json
  node "$RUNNER" "$wheel" x x x --print-form >"$form"
  curl_args=()
  while IFS= read -r -d '' item; do curl_args+=(--form-string "$item"); done < <(
    node -e 'for (const [k, v] of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))) process.stdout.write(`${k}=${v}\0`)' "$form"
  )
  # Warm the page cache so the first tool measured is not penalised.
  cat "$wheel" >/dev/null

  # Rounds alternate the tools, each against a fresh server that is stopped (and its files
  # removed) before the next, so one tool's server still writing 300 MB never slows another.
  : >"$WORK/rounds-$size"
  for round in $(seq "$RUNS"); do
    url=$(start_server "curl-$size-$round")
    read -r s rss < <(measure curl -sS -f -o /dev/null -H "Expect:" -u "__token__:$TOKEN" "${curl_args[@]}" \
      -F "content=@$wheel;type=application/octet-stream" "$url")
    echo "curl $s $rss" >>"$WORK/rounds-$size"
    stop_server "curl-$size-$round"
    url=$(start_server "gate-$size-$round")
    read -r s rss < <(measure node "$RUNNER" "$wheel" "$url" "${url}simple/" "$TOKEN")
    # The runner also inspects the wheel first (check's work); its own log times the publish step.
    echo "gate $s $rss" >>"$WORK/rounds-$size"
    echo "gate-publish-step $(awk '/^publish: / {print $2}' "$WORK/cmd.err") $rss" >>"$WORK/rounds-$size"
    inspect_s=$(awk '/^inspect: / {print $2}' "$WORK/cmd.err")
    stop_server "gate-$size-$round"
    url=$(start_server "twine-$size-$round")
    read -r s rss < <(measure "$PY" -m twine upload --non-interactive --disable-progress-bar \
      --repository-url "$url" -u __token__ -p "$TOKEN" "$wheel")
    echo "twine $s $rss" >>"$WORK/rounds-$size"
    stop_server "twine-$size-$round"
  done
  median() { awk -v t="$1" '$1 == t {print $2}' "$WORK/rounds-$size" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  peak() { awk -v t="$1" '$1 == t {print $3}' "$WORK/rounds-$size" | sort -g | tail -1; }
  curl_s=$(median curl)
  for tool in curl gate gate-publish-step twine; do
    s=$(median "$tool")
    printf '%-8s %-18s %9.2f %9.2f %12.1f\n' "${size}MB" "$tool" "$s" "$(awk -v a="$s" -v b="$curl_s" 'BEGIN{print a/b}')" \
      "$(awk -v r="$(peak "$tool")" 'BEGIN{print r/1024}')"
  done
  echo "${size}MB     (gate: inspect ${inspect_s} s before publishing; peak RSS is the whole process)"
done
