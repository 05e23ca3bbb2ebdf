# Shared by scripts/backup.sh and scripts/restore.sh: settings from the environment, the MariaDB client.
# shellcheck shell=bash

say() { printf '[mashwara] %s\n' "$*"; }
die() { printf '[mashwara] ERROR: %s\n' "$*" >&2; exit 1; }

first_command() {
    local c
    for c in "$@"; do
        if command -v "$c" >/dev/null 2>&1; then
            command -v "$c"
            return 0
        fi
    done
    return 1
}

store_dir() {
    if [[ -n "${MASHWARA_STORE_DIR:-}" ]]; then
        printf '%s' "$MASHWARA_STORE_DIR"
    else
        printf '%s/files' "${MASHWARA_DATA_DIR:-./data}"
    fi
}

# Splits MASHWARA_DB_URL (jdbc:mariadb://HOST[:PORT]/DATABASE[?PARAMS]) into db_host, db_port and db_name
parse_db_url() {
    local url=${MASHWARA_DB_URL:-jdbc:mariadb://localhost:3306/mashwara}
    local re='^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_$-]+)([?].*)?$'
    [[ "$url" =~ $re ]] || die "MASHWARA_DB_URL must look like jdbc:mariadb://HOST:PORT/DATABASE (got: $url)"
    db_host=${BASH_REMATCH[2]}
    db_port=${BASH_REMATCH[4]:-3306}
    db_name=${BASH_REMATCH[5]}
}

# Credentials in a private option file, never on the command line (where other users could see them)
client_config() {
    client_cnf=$(mktemp)
    chmod 600 "$client_cnf"
    {
        printf '[client]\n'
        printf 'host=%s\nport=%s\nprotocol=TCP\n' "$db_host" "$db_port"
        printf 'user=%s\n' "${MASHWARA_DB_USER:-mashwara}"
        printf 'password="%s"\n' "$(printf '%s' "${MASHWARA_DB_PASSWORD:-}" | sed 's/\\/\\\\/g; s/"/\\"/g')"
        printf 'default-character-set=utf8mb4\n'
    } >"$client_cnf"
    client=$(first_command mariadb mysql) || die "the mariadb (or mysql) client is not installed"
    mariadb_client -e 'SELECT 1' >/dev/null 2>&1 \
        || die "cannot connect to $db_host:$db_port as ${MASHWARA_DB_USER:-mashwara} (check MASHWARA_DB_URL, _USER, _PASSWORD)"
}

cleanup_client_config() {
    [[ -n "${client_cnf:-}" ]] && rm -f "$client_cnf"
    return 0
}

mariadb_client() {
    "$client" --defaults-extra-file="$client_cnf" "$@"
}

# Every file of the store the database refers to (SHA-256, one per line): every table with a `sha256` column
# (BackupScriptsTest fails when a migration adds one that is not listed here)
referenced_files_sql() {
    printf '%s' "SELECT sha256 FROM draft_version UNION SELECT sha256 FROM consultation_attachment UNION SELECT sha256 FROM extraction_job UNION SELECT sha256 FROM cabinet_summary_file UNION SELECT file_sha256 FROM dir_letter WHERE file_sha256 IS NOT NULL UNION SELECT sha256 FROM dir_evidence UNION SELECT sha256 FROM data_request_file UNION SELECT sha256 FROM engagement_document"
}
