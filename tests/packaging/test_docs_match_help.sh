#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 DNS Timeline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test_docs_match_help.sh DNSTIMELINE PACKAGING_DIR
# Every subcommand listed by 'dnstimeline --help' and every option of its 'SUBCOMMAND --help'
# must be in the man page and the bash completion. When this fails after adding a subcommand,
# add its ".SS" block to packaging/man/dnstimeline.1.in and its line to
# _dnstimeline_commands in packaging/completion/dnstimeline.
set -euo pipefail
bin=$1 dir=$2
man=$dir/man/dnstimeline.1.in completion=$dir/completion/dnstimeline
status=0

# The overview lists subcommands as "  NAME ..." lines under "Subcommands:".
commands=$("$bin" --help | sed -n '/^Subcommands:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || { echo "FAIL: no subcommands found in 'dnstimeline --help'"; exit 1; }
for command in $commands; do
  grep -q "^\.SS \"$command " "$man" || { echo "FAIL: man page has no '.SS \"$command ...\"' section"; status=1; }
  # The completion's options for the subcommand, VIEW expanded, as the completion computes them.
  completed=$(bash --norc --noprofile -c 'source "$1" >/dev/null 2>&1
    for e in "${_dnstimeline_commands[@]}"; do
      [ "${e%%:*}" = "$2" ] && { o=${e#*:}; echo "FOUND ${o/VIEW/$_dnstimeline_view_options}"; }
    done; true' _ "$completion" "$command")
  [ -n "$completed" ] || { echo "FAIL: completion has no \"$command:...\" line in _dnstimeline_commands"; status=1; }
  # QCommandLineParser lists options as "  -o, --output <FILE>  text", "  --strict  text" or
  # "  -s <S>  text"; the long name is checked when there is one.
  for option in $("$bin" "$command" --help | sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}\(--\{0,1\}[a-zA-Z][a-zA-Z0-9-]*\).*/\2/p'); do
    [ "$option" = --help ] && continue
    # In roff every '-' of an option is written '\-'.
    grep -qF -- "${option//-/\\-}" "$man" || { echo "FAIL: man page lacks $command $option"; status=1; }
    [[ " $completed " == *" $option "* ]] || { echo "FAIL: completion lacks $command $option"; status=1; }
  done
done
[ $status -eq 0 ] && echo "PASS: man page and completion cover: $(echo $commands)"
exit $status
