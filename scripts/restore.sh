#!/usr/bin/env bash
# Restores a backup written by scripts/backup.sh into an EMPTY database and an EMPTY file store.
#
#   scripts/restore.sh BACKUP_DIR
#
# Checks the backup's checksums first; refuses a database that has tables or a file store that has files (drop
# and re-create them yourself: a restore never overwrites). Loads the database, copies the files, checks that
# every file is intact (its content hashes to its name) and that every file the database refers to is there.
# The search index is not in the backup: an index directory found at MASHWARA_INDEX_DIR (default
# ${MASHWARA_DATA_DIR}/index) is moved aside, and the portal rebuilds the index at its next start.
#
# Settings from the environment, as for the portal and scripts/backup.sh: MASHWARA_DB_URL, MASHWARA_DB_USER,
# MASHWARA_DB_PASSWORD, MASHWARA_STORE_DIR or MASHWARA_DATA_DIR, MASHWARA_INDEX_DIR. Stop the portal first.
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/mariadb-common.sh
source "$here/mariadb-common.sh"

[[ $# -eq 1 ]] || die "usage: scripts/restore.sh BACKUP_DIR"
backup=$1
[[ -f "$backup/backup.properties" && -f "$backup/database.sql.gz" && -f "$backup/SHA256SUMS" ]] \
    || die "$backup is not a Mashwara backup (backup.properties, database.sql.gz or SHA256SUMS missing)"
grep -qx 'format=1' "$backup/backup.properties" || die "$backup was written in a format this script does not know"

say "checking the backup's checksums"
(cd "$backup" && sha256sum --quiet --strict -c SHA256SUMS) || die "the backup is damaged: checksums do not match"

store_dir=$(store_dir)
if [[ -d "$store_dir/objects" ]] && [[ -n "$(find "$store_dir/objects" -type f -print -quit)" ]]; then
    die "the file store $store_dir already holds files; restore into an empty one"
fi

parse_db_url
client_config
trap cleanup_client_config EXIT
tables=$(mariadb_client -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db_name'")
[[ "$tables" == 0 ]] || die "database $db_name has $tables tables; restore into an empty database (DROP DATABASE and CREATE DATABASE first)"
mariadb_client -N -e "SELECT SCHEMA_NAME FROM information_schema.schemata WHERE SCHEMA_NAME = '$db_name'" | grep -qx "$db_name" \
    || die "database $db_name does not exist; create it first (CHARACTER SET utf8mb4)"

say "loading the database into $db_name on $db_host:$db_port"
gzip -dc "$backup/database.sql.gz" | mariadb_client "$db_name" || die "loading the database failed"

say "copying the files into $store_dir"
mkdir -p "$store_dir/objects"
cp -a "$backup/files/objects/." "$store_dir/objects/"

say "checking every file against its name"
bad=$(find "$store_dir/objects" -type f -print0 | xargs -0 -r sha256sum | awk '{ n = split($2, p, "/"); if (p[n] != $1) print $2 }')
[[ -z "$bad" ]] || die "files whose content does not match their name: $bad"

say "checking that every file the database refers to is there"
missing=0
while read -r sha; do
    [[ -z "$sha" ]] && continue
    if [[ ! -f "$store_dir/objects/${sha:0:2}/${sha:2:2}/$sha" ]]; then
        say "missing file $sha"
        missing=$((missing + 1))
    fi
done < <(mariadb_client -N "$db_name" -e "$(referenced_files_sql)")
[[ "$missing" == 0 ]] || die "$missing files the database refers to are not in the backup"

index_dir=${MASHWARA_INDEX_DIR:-${MASHWARA_DATA_DIR:-./data}/index}
if [[ -d "$index_dir" ]]; then
    aside="$index_dir.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mv "$index_dir" "$aside"
    say "the old search index was moved to $aside; the portal rebuilds the index at its next start"
fi
say "restored $(grep '^files=' "$backup/backup.properties" | cut -d= -f2) files and database $(grep '^database=' "$backup/backup.properties" | cut -d= -f2) (backup of $(grep '^created=' "$backup/backup.properties" | cut -d= -f2))"
