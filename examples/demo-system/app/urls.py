from django.urls import include, path

from app.health import healthz
from orders.views import checkout

urlpatterns = [
    path("healthz", healthz),
    path("api/v1/checkout", checkout),
    # Prometheus scrape endpoint; see docs/DEPLOYMENT.md for who may reach it.
    path("", include("django_prometheus.urls")),
]
