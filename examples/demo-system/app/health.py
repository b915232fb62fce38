"""Liveness endpoint: constant JSON, no version, host or dependency details for attackers."""
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def healthz(request):
    return JsonResponse({"status": "ok"})
