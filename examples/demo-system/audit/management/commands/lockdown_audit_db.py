"""Restrict audit_writer to INSERT and SELECT on audit_log, so past entries cannot change.

Must run after every audit migration (a migration may recreate the table with default grants).
"""
from django.core.management.base import BaseCommand
from django.db import connections


class Command(BaseCommand):
    help = "Revoke UPDATE/DELETE/TRUNCATE on the audit tables from audit_writer."

    def handle(self, *args, **options):
        with connections["audit"].cursor() as cursor:
            cursor.execute("REVOKE ALL ON audit_log FROM audit_writer")
            cursor.execute("GRANT INSERT, SELECT ON audit_log TO audit_writer")
        self.stdout.write(self.style.SUCCESS("audit database locked down"))
