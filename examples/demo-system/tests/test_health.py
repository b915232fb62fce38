import pytest


@pytest.mark.django_db
def test_healthz_is_constant_json(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_checkout_requires_authentication(client):
    response = client.post("/api/v1/checkout", {}, content_type="application/json")
    assert response.status_code in (401, 403)
