#!/usr/bin/env bash
# Runs this repository's pre-commit hook (.pre-commit-hooks.yaml), as the
# working tree has it, with Debian's pre-commit on a scratch git repository:
# a file with an error fails the commit, a git-ignored or non-SQL file is not
# looked at, secint.toml applies, and the fixed file passes.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/cache" GOMODCACHE="$(go env GOMODCACHE)" GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
fail() { echo "precommit test: $*" >&2; exit 1; }

cd "$tmp" && mkdir work && cd work && git init -q
printf 'ALTER SECURITY INTEGRATION x SET ENABLED = maybe;\n' > bad.sql
printf "ALTER SECURITY INTEGRATION x SET ENABLED = 'TRUE';\n" > quoted.sql
printf 'ALTER SECURITY INTEGRATION x SET ENABLED = maybe;\n' > notes.txt
printf '[rules]\nquoted-value = "error"\n' > secint.toml
git add .

set +e
pre-commit try-repo "$repo" secint --all-files > "$tmp/out1" 2>&1
status=$?
set -e
cat "$tmp/out1"
[ "$status" -eq 1 ] || fail "want exit 1 with an error in bad.sql, got $status"
grep -q 'bad.sql:1:44: error invalid-enum-value' "$tmp/out1" || fail "bad.sql's error is not reported"
grep -q 'quoted.sql:1:44: error quoted-value' "$tmp/out1" || fail "secint.toml did not make quoted-value an error"
if grep -q 'notes.txt' "$tmp/out1"; then fail "a .txt file was checked"; fi

printf 'ALTER SECURITY INTEGRATION x SET ENABLED = FALSE;\n' > bad.sql
printf '[rules]\nquoted-value = "off"\n' > secint.toml
git add .
pre-commit try-repo "$repo" secint --all-files > "$tmp/out2" 2>&1 || { cat "$tmp/out2"; fail "the fixed files do not pass"; }
grep -q 'secint.*Passed' "$tmp/out2" || { cat "$tmp/out2"; fail "no Passed line"; }
echo "precommit test: passed"
