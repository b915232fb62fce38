import logging

from django_ratelimit.decorators import ratelimit
from rest_framework import serializers, status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from audit.models import record
from orders.models import Order

log = logging.getLogger(__name__)


class CheckoutRequest(serializers.Serializer):
    customer_id = serializers.CharField(max_length=64)
    total_cents = serializers.IntegerField(min_value=1, max_value=10_000_000)
    currency = serializers.ChoiceField(choices=["EUR", "USD", "GBP"])
    shipping_address = serializers.CharField(max_length=500)


@api_view(["POST"])
@ratelimit(key="user", rate="30/m", block=True)
def checkout(request):
    form = CheckoutRequest(data=request.data)
    form.is_valid(raise_exception=True)
    order = Order.objects.create(**form.validated_data)
    record(actor=str(request.user), action="order.created", target=str(order.pk))
    log.info("order created", extra={"order_id": order.pk})
    return Response({"order": order.pk}, status=status.HTTP_201_CREATED)
