#!/usr/bin/env bash
# RSS of the LoanDesk window over a whole day of polling (tests/bench/RESULTS.md), the day
# compressed with libfaketime (Debian package `faketime`, a measuring tool, not a dependency).
#   tests/bench/rss_day.sh BUILD_DIR HOME [speed=16] [fake hours=24] [log file]
# HOME should hold the history to open (e.g. a year, from `bench_history --end-now
# --generate-only`, in $HOME/.local/share/LoanDesk/LoanDesk/history-127.0.0.1.sqlite).
# `loandesk-sim --scenario calm` and `loandesk --base-url` (the simulator's parent key) run under
# one `faketime -f "+0 xSPEED"`: both processes share one clock that runs SPEED times faster,
# and their timers, sleeps and polls wait SPEED times shorter. So the app polls every 5 s of its
# clock, the simulator's rate limits, market and hourly interest run on the same clock, and
# 24 h of the desk's day (17,280 polls, 24 interest hours, the history's rollup boundaries) pass
# in 24/SPEED hours. Xvfb runs outside, on the real clock. Logs every 30 s of real time:
#   real_s fake_s VmRSS_kB VmHWM_kB cpu_s
# and at the end the samples the history recorded during the run, per unit.
set -euo pipefail
command -v faketime > /dev/null ||
  { echo "rss_day.sh needs faketime: sudo apt-get install faketime" >&2; exit 2; }
B=$(realpath "$1"); export HOME=$(realpath "$2"); SPEED=${3:-16}; HOURS=${4:-24}
LOG=$(realpath -m "${5:-rss-day.log}")
T=$(mktemp -d /tmp/rssday.XXXXXX)
PORT=$(( 20000 + RANDOM % 20000 ))
TCK=$(getconf CLK_TCK)
cat > $T/inner.sh <<EOF
#!/usr/bin/env bash
"$B/app/sim/loandesk-sim" --port $PORT --scenario calm > $T/sim.log 2>&1 &
for i in \$(seq 50); do grep -q role=parent $T/sim.log 2>/dev/null && break; sleep 1; done
KEY=\$(grep -m1 'role=parent' $T/sim.log | sed 's/.*apiKey=\([^ ]*\).*/\1/')
SECRET=\$(grep -m1 'role=parent' $T/sim.log | sed 's/.*secret=\([^ ]*\).*/\1/')
LOANDESK_API_KEY=\$KEY LOANDESK_API_SECRET=\$SECRET \
  exec "$B/ui/loandesk" --base-url http://127.0.0.1:$PORT > $T/app.log 2>&1
EOF
chmod +x $T/inner.sh
START_MS=$(date +%s%3N)
xvfb-run -a -s "-screen 0 1920x1080x24" faketime -f "+0 x$SPEED" $T/inner.sh &
for i in $(seq 100); do APP=$(pgrep -n -f "^$B/ui/loandesk" || true); [ -n "$APP" ] && break; sleep 0.2; done
t0=$(date +%s)
END=$(awk -v t=$t0 -v h=$HOURS -v s=$SPEED 'BEGIN { printf "%d", t + h * 3600 / s }')
echo "# $(date -u +%FT%TZ) speed x$SPEED, $HOURS h of the app's clock, pid $APP, HOME $HOME" > "$LOG"
echo "# real_s fake_s VmRSS_kB VmHWM_kB cpu_s" >> "$LOG"
while kill -0 $APP 2>/dev/null; do
  now=$(date +%s)
  awk -v r=$((now - t0)) -v s=$SPEED -v tck=$TCK '
    FNR == NR && /^VmRSS/ { rss = $2 } FNR == NR && /^VmHWM/ { hwm = $2 }
    FNR != NR { cpu = ($14 + $15) / tck }
    END { printf "%d %d %d %d %.1f\n", r, r * s, rss, hwm, cpu }' \
    /proc/$APP/status /proc/$APP/stat >> "$LOG"
  [ $now -ge $END ] && break
  sleep 30
done
kill $APP 2>/dev/null || true
sleep 2
pkill -f "loandesk-sim --port $PORT" || true
DB=$HOME/.local/share/LoanDesk/LoanDesk/history-127.0.0.1.sqlite
python3 - "$DB" "$START_MS" >> "$LOG" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for g, n, lo, until in db.execute(
        "SELECT group_id, count(*), min(fetched_ms), max(until_ms) FROM samples"
        " WHERE fetched_ms >= ? GROUP BY group_id", (int(sys.argv[2]),)):
    print(f"# unit {g}: {n} samples recorded, covering {(until - lo) / 3.6e6:.2f} h of the app's clock")
EOF
{ grep -ciE "error|warning|429|skew" $T/app.log || true; } | sed 's/^/# app log lines naming an error or warning: /' >> "$LOG"
cp $T/app.log "${LOG%.log}-app.log"
rm -rf $T
