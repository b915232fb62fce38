from django.db import models


class AuditLog(models.Model):
    at = models.DateTimeField(auto_now_add=True)
    actor = models.CharField(max_length=150)
    action = models.CharField(max_length=64)
    target = models.CharField(max_length=64)

    class Meta:
        db_table = "audit_log"


def record(actor, action, target):
    AuditLog.objects.using("audit").create(actor=actor, action=action, target=target)
