# Sourced by the benches: `measure CMD...` runs CMD $RUNS times under /usr/bin/time -v (in
# $work) and prints "median_seconds max_rss_kb".
measure() {
  local times=() rss=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
      cat "$work/stderr" >&2
      return 1
    }
    local wall kb
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time")"
    kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")"
    times+=("$wall")
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" '{a[NR]=$1} END {print a[int((NR+1)/2)], rss}'
}
