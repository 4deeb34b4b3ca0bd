#!/usr/bin/env bash
# Idle CPU of the LoanDesk window at the default 5 s polling (tests/bench/RESULTS.md).
#   tests/bench/idle_cpu.sh BUILD_DIR [warm-up s] [measured s] [sim|demo] [HOME to use]
# sim:  starts `loandesk-sim --scenario calm` on a free port and `loandesk --base-url` against
#       it with the simulator's parent key (LOANDESK_API_KEY/SECRET), so the simulator's CPU
#       is its own process's and not counted; demo: `loandesk --demo` (in-process simulator,
#       counted). Both under Xvfb (xvfb-run -a -s "-screen 0 1920x1080x24") with a throwaway
#       HOME unless one is given (e.g. one holding a year of history). Prints loandesk's CPU
#       (utime + stime from /proc/PID/stat) over the measured window, after the warm-up, and
#       its VmRSS/VmHWM at the end.
set -euo pipefail
B=$(realpath "$1"); WARM=${2:-30}; MEAS=${3:-120}; MODE=${4:-sim}
T=$(mktemp -d /tmp/idlecpu.XXXXXX)
export HOME=${5:-$T/home}; mkdir -p "$HOME"
PORT=$(( 20000 + RANDOM % 20000 ))
TCK=$(getconf CLK_TCK)
cpu() { awk '{print $14+$15}' /proc/$1/stat; }
SIM=
if [ "$MODE" = sim ]; then
  "$B/app/sim/loandesk-sim" --port $PORT --scenario calm > $T/sim.log 2>&1 &
  SIM=$!
  sleep 1
  KEY=$(grep -m1 'role=parent' $T/sim.log | sed 's/.*apiKey=\([^ ]*\).*/\1/')
  SECRET=$(grep -m1 'role=parent' $T/sim.log | sed 's/.*secret=\([^ ]*\).*/\1/')
  LOANDESK_API_KEY=$KEY LOANDESK_API_SECRET=$SECRET xvfb-run -a -s "-screen 0 1920x1080x24" \
     "$B/ui/loandesk" --base-url http://127.0.0.1:$PORT > $T/app.log 2>&1 &
else
  xvfb-run -a -s "-screen 0 1920x1080x24" "$B/ui/loandesk" --demo > $T/app.log 2>&1 &
fi
sleep 3
APP=$(pgrep -n -f "^$B/ui/loandesk")
sleep $WARM
c0=$(cpu $APP); t0=$(date +%s.%N)
sleep $MEAS
c1=$(cpu $APP); t1=$(date +%s.%N)
rss=$(grep -E 'VmRSS|VmHWM' /proc/$APP/status | tr -s ' \t' ' ' | tr '\n' ' ')
awk -v c0=$c0 -v c1=$c1 -v t0=$t0 -v t1=$t1 -v tck=$TCK -v mode=$MODE -v rss="$rss" 'BEGIN{
  cpu = (c1 - c0) / tck; wall = t1 - t0;
  printf "mode=%s cpu=%.2f s over %.1f s = %.3f %% of one core; %s\n", mode, cpu, wall,
         100 * cpu / wall, rss }'
kill $APP 2>/dev/null || true
sleep 1
[ -n "$SIM" ] && kill $SIM 2>/dev/null || true
rm -rf $T
