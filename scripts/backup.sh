#!/usr/bin/env bash
# Backs up a Mashwara installation on MariaDB: the database, then the file store.
#
#   scripts/backup.sh TARGET_DIR
#
# Writes TARGET_DIR/mashwara-backup-<UTC time>/ with
#   database.sql.gz   a consistent snapshot of the database (one transaction: the portal may keep running)
#   files/objects/    the original files, content-addressed (each file is named by its SHA-256)
#   backup.properties what was backed up, from where, when
#   SHA256SUMS        checksums of the above, checked by scripts/restore.sh
# The database is dumped first and the files copied after it: a file is stored before the row that refers to it
# is committed, so every file the snapshot refers to is already in the store when it is copied (files that
# arrive later are copied too and are harmless). The search index is not backed up: the portal rebuilds it from
# the database at start-up.
#
# Reads the portal's own settings from the environment (the same variables as config/mashwara.env.example):
#   MASHWARA_DB_URL       jdbc:mariadb://HOST[:PORT]/DATABASE[?...]     [jdbc:mariadb://localhost:3306/mashwara]
#   MASHWARA_DB_USER      [mashwara]
#   MASHWARA_DB_PASSWORD  [empty]
#   MASHWARA_STORE_DIR    the file store [${MASHWARA_DATA_DIR}/files, MASHWARA_DATA_DIR defaulting to ./data]
# Needs mariadb-dump (or mysqldump), gzip, sha256sum. Exits non-zero, with a message, on the first problem.
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/mariadb-common.sh
source "$here/mariadb-common.sh"

[[ $# -eq 1 ]] || die "usage: scripts/backup.sh TARGET_DIR"
target_root=$1
store_dir=$(store_dir)
[[ -d "$store_dir/objects" ]] || die "no file store at $store_dir (objects/ missing); set MASHWARA_STORE_DIR or MASHWARA_DATA_DIR"

parse_db_url
client_config
dump=$(first_command mariadb-dump mysqldump) || die "mariadb-dump (or mysqldump) is not installed"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$target_root"
out="$target_root/mashwara-backup-$stamp"
[[ ! -e "$out" ]] || die "$out exists already"
partial="$out.partial"
mkdir "$partial"
trap 'rm -rf "$partial"; cleanup_client_config' EXIT

say "dumping database $db_name on $db_host:$db_port"
# --single-transaction: one consistent snapshot of the InnoDB tables without locking the portal out
"$dump" --defaults-extra-file="$client_cnf" --single-transaction --quick --routines --triggers --hex-blob \
    --default-character-set=utf8mb4 --no-tablespaces --skip-dump-date "$db_name" \
    | gzip -6 >"$partial/database.sql.gz"
# a dump cut short has no completion line: refuse it rather than keep a backup that cannot be restored
gzip -dc "$partial/database.sql.gz" | tail -n 1 | grep -q '^-- Dump completed' \
    || die "the database dump did not complete"

say "copying the file store $store_dir"
mkdir -p "$partial/files"
cp -a "$store_dir/objects" "$partial/files/objects"
file_count=$(find "$partial/files/objects" -type f | wc -l)
file_bytes=$(find "$partial/files/objects" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')

cat >"$partial/backup.properties" <<PROPS
# Mashwara backup (restore with scripts/restore.sh)
format=1
created=$stamp
database=$db_name
database.server=$(mariadb_client -N -e 'SELECT VERSION()')
files=$file_count
files.bytes=$file_bytes
PROPS

(cd "$partial" && { sha256sum database.sql.gz backup.properties; find files -type f -print0 | sort -z | xargs -0 -r sha256sum; } >SHA256SUMS)
mv "$partial" "$out"
trap cleanup_client_config EXIT
say "backup written to $out ($file_count files, $file_bytes bytes)"
