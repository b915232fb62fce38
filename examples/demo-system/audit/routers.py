class AuditRouter:
    """Audit rows live in their own database, written by the restricted audit_writer role."""

    def db_for_read(self, model, **hints):
        return "audit" if model._meta.app_label == "audit" else None

    db_for_write = db_for_read

    def allow_migrate(self, db, app_label, **hints):
        return (db == "audit") == (app_label == "audit")
