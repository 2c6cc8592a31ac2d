#!/bin/sh
# One database and one login per service on the compose PostgreSQL server. Each service owns its database
# (Flyway creates its tables there) and cannot connect to another service's database or to `postgres`:
# CONNECT is revoked from PUBLIC, so only the owner and the superuser get in. The superuser is used by
# this container alone. Runs once, when the data volume is first initialised (docker-entrypoint-initdb.d);
# passwords changed later need ALTER ROLE or a fresh volume (docker compose down -v).
set -eu

: "${THERAPIST_SERVICE_DB_PASSWORD:?}" "${BOOKING_SERVICE_DB_PASSWORD:?}" "${NOTIFICATION_SERVICE_DB_PASSWORD:?}"

superuser() {
    psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" "$@"
}

# The password travels as a psql variable (:'password' quotes it), never inside the SQL text.
create_service_database() {
    superuser --dbname postgres -v name="$1" -v password="$2" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_service_database therapist_service "$THERAPIST_SERVICE_DB_PASSWORD"
create_service_database booking_service "$BOOKING_SERVICE_DB_PASSWORD"
create_service_database notification_service "$NOTIFICATION_SERVICE_DB_PASSWORD"

# Exclusion constraints of the directory and the appointments need btree_gist. Created here by the
# superuser, so the migrations' CREATE EXTENSION IF NOT EXISTS finds it and needs no extra privilege.
for database in therapist_service booking_service; do
    superuser --dbname "$database" -c 'CREATE EXTENSION IF NOT EXISTS btree_gist;'
done

superuser --dbname postgres <<'SQL'
REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;
REVOKE CONNECT ON DATABASE template1 FROM PUBLIC;
SQL
