#!/bin/sh
# Container start: bring both databases to the current schema, then serve.
set -eu

echo "checkout-service: applying migrations"
python manage.py migrate --noinput
python manage.py migrate --database=audit --noinput

echo "checkout-service: starting gunicorn"
exec gunicorn app.wsgi:application \
    --bind 0.0.0.0:8000 \
    --workers "${GUNICORN_WORKERS:-3}" \
    --timeout 30 \
    --access-logfile -
