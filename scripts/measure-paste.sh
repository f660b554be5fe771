#!/bin/bash
# Times a bracketed paste into the real reader in tmux: from `paste-buffer -p` until the screen
# answers the next key (G in the article view, Esc in the note editor), i.e. how long the screen
# is frozen by a paste of SIZE bytes (lines of 99 letters).
#
#   scripts/measure-paste.sh READER SEEDS_FOLDER SIZE [article|editor]
#   scripts/measure-paste.sh .build/debug/reader seeds 900000 editor
#
# Runs on a private tmux socket in a temporary HOME, on a copy of the seeds.
set -e
reader=$(realpath "$1"); seeds=$(realpath "$2"); size=$3; where=${4:-article}
sock=measure-paste-$$
home=$(mktemp -d)
trap 'tmux -L $sock kill-server 2>/dev/null; sleep 0.2; rm -rf "$home" 2>/dev/null || true' EXIT
cp -r "$seeds" "$home/seeds"
tmux -L $sock -f /dev/null new-session -d -x 100 -y 30 -s main \
    env HOME="$home" XDG_CONFIG_HOME="$home/config" LANG=C.UTF-8 bash --norc --noprofile -i </dev/null >/dev/null 2>&1
wait_for() {
    for _ in $(seq 1 6000); do
        tmux -L $sock capture-pane -p -t main | grep -q -- "$1" && return 0
        sleep 0.01
    done
    echo "timed out waiting for $1" >&2
    return 1
}
tmux -L $sock send-keys -t main "cd $home && $reader seeds" Enter
wait_for "4 articles"
tmux -L $sock send-keys -t main Enter
wait_for "Syria's army"
if [ "$where" = editor ]; then
    wait_for "person org"
    tmux -L $sock send-keys -t main Tab
    wait_for "mentions"
    tmux -L $sock send-keys -t main a
    wait_for "Ctrl-S save"
    tmux -L $sock send-keys -t main Enter
fi
python3 -c "import sys; sys.stdout.write(('x' * 99 + '\n') * ($size // 100))" > "$home/buffer"
tmux -L $sock load-buffer "$home/buffer"
start=$(date +%s.%N)
tmux -L $sock paste-buffer -p -t main
if [ "$where" = editor ]; then
    tmux -L $sock send-keys -t main Escape
    wait_for "Not saved"
else
    tmux -L $sock send-keys -t main G
    wait_for "100%"
fi
end=$(date +%s.%N)
echo "paste of $size bytes ($where): $(python3 -c "print(round($end - $start, 2))") s"
