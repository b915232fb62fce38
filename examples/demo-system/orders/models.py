from django.db import models
from fernet_fields import EncryptedTextField


class Order(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    customer_id = models.CharField(max_length=64, db_index=True)
    total_cents = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="EUR")
    status = models.CharField(max_length=16, default="pending")
    # Encrypted with FIELD_ENCRYPTION_KEY: rotating that key means re-encrypting this column.
    shipping_address = EncryptedTextField()
