#!/bin/bash
# Times the list filter when a query is typed all at once (faster than the index answers): opens the
# reader in a private tmux server, types `/` and QUERY in one write, and polls the screen every 5 ms
# until WANT (text only the final query's answer shows, such as "1 of 100000 articles") appears.
#
#   scripts/measure-filter-burst.sh READER FOLDER INDEX QUERY WANT
#   scripts/measure-filter-burst.sh .build/release/reader corpus corpus.sqlite \
#       "aleppo people thursday w12345x" "1 of 100000 articles"
set -eu
reader=$(realpath "$1"); folder=$2; index=$3; query=$4; want=$5
server=measure-filter-$$
trap 'tmux -L $server kill-server 2>/dev/null || true' EXIT
tmux -L "$server" new-session -d -x 140 -y 30 "$reader '$folder' --index '$index'" < /dev/null > /dev/null 2>&1
until tmux -L "$server" capture-pane -p | grep -q "articles"; do sleep 0.05; done
# The first screen's counts are read behind it: let them land so they do not share the time measured.
sleep 2
tmux -L "$server" send-keys "/"
start=$(date +%s%N)
tmux -L "$server" send-keys -l "$query"
until tmux -L "$server" capture-pane -p | grep -q "$want"; do sleep 0.005; done
end=$(date +%s%N)
echo "'$query' typed at once: '$want' shown after $(( (end - start) / 1000000 )) ms"
