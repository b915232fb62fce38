#include "FixtureRepos.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace greenlight::test::FixtureRepos {
namespace {

QByteArray digest(quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray hex;
    for (int i = 0; i < 64; ++i)
        hex += "0123456789abcdef"[generator.bounded(16)];
    return hex;
}

QByteArray sha(quint32 seed)
{
    return digest(seed).left(40);
}

QByteArray privateKey()
{
    QRandomGenerator generator(7);
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray body;
    for (int line = 0; line < 12; ++line) {
        for (int i = 0; i < 64; ++i)
            body += alphabet[generator.bounded(int(alphabet.size()))];
        body += '\n';
    }
    const QByteArray kind = "RSA PRIVATE"
                            " KEY";
    return "-----BEGIN " + kind + "-----\n" + body + "-----END " + kind + "-----\n";
}

} // namespace

QByteArray randomText(int length, quint32 seed, bool upperOnly)
{
    const QByteArray alphabet
            = upperOnly ? QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
                        : QByteArray(
                                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QRandomGenerator generator(seed);
    QByteArray text;
    for (int i = 0; i < length; ++i)
        text += alphabet[generator.bounded(int(alphabet.size()))];
    return text;
}

TreeBuilder::Tree seed001()
{
    QByteArray requirements;
    const QList<QByteArray> production{
            "Django==4.2.11",
            "gunicorn==21.2.0",
            "psycopg2-binary==2.9.9",
            "django-environ==0.11.2",
            "whitenoise==6.6.0",
            "django-csp==3.8",
            "django-axes==6.3.0",
            "djangorestframework==3.14.0",
            "django-cryptography==1.1",
            "cryptography==42.0.5",
            "requests==2.31.0",
            "celery==5.3.6",
            "redis==5.0.3",
            "django-redis==5.4.0",
            "sentry-sdk==1.44.0",
            "python-json-logger==2.0.7",
            "django-health-check==3.17.0",
            "django-storages==1.14.2",
            "boto3==1.34.74",
            "Pillow==10.3.0",
            "django-modeltranslation==0.18.11",
            "Babel==2.14.0",
    };
    for (const QByteArray &line : production)
        requirements += line + '\n';
    requirements += "pytest==8.1.1\n"         // line 23
                    "pytest-django==4.8.0\n"; // line 24

    return {
            {u"manage.py"_s,
             "#!/usr/bin/env python\nimport os\nimport sys\n\n"
             "if __name__ == \"__main__\":\n"
             "    os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"config.settings\")\n"
             "    from django.core.management import execute_from_command_line\n"
             "    execute_from_command_line(sys.argv)\n"},
            {u"config/settings.py"_s,
             "import environ\n\nenv = environ.Env()\n"
             "SECRET_KEY = env(\"SECRET_KEY\")\n"
             "FIELD_ENCRYPTION_KEY = env(\"FIELD_ENCRYPTION_KEY\")\n"
             "DEBUG = env.bool(\"DEBUG\", default=False)\n"
             "DATABASES = {\n"
             "    \"default\": env.db(\"DATABASE_URL\"),\n"
             "    \"audit\": env.db(\"AUDIT_DATABASE_URL\"),\n"
             "}\n"
             "DATABASE_ROUTERS = [\"audit.routers.AuditRouter\"]\n"},
            {u"audit/management/commands/lockdown_audit_db.py"_s,
             "from django.core.management.base import BaseCommand\n\n\n"
             "class Command(BaseCommand):\n"
             "    help = \"Revoke UPDATE and DELETE on the audit tables from audit_writer\"\n\n"
             "    def handle(self, *args, **options):\n"
             "        pass\n"},
            {u"Dockerfile"_s,
             "FROM python:3.12-slim\n"
             "ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\n"
             "WORKDIR /app\n"
             "RUN useradd --create-home app\n"
             "COPY requirements.txt .\n"
             "RUN pip install --no-cache-dir -r requirements.txt\n"
             "COPY . .\n"
             "RUN python manage.py collectstatic --noinput\n"
             "USER app\n"
             "EXPOSE 8000\n"
             "ENTRYPOINT [\"./entrypoint.sh\"]\n"},
            {u"entrypoint.sh"_s,
             "#!/bin/sh\nset -e\n"
             "python manage.py migrate --noinput\n"
             "python manage.py migrate --database=audit --noinput\n"
             "exec gunicorn config.wsgi:application --bind 0.0.0.0:8000 --workers 3\n"},
            {u"requirements.txt"_s, requirements},
            {u"locale/de/LC_MESSAGES/django.po"_s, "msgid \"Welcome\"\nmsgstr \"Willkommen\"\n"},
            {u"README.md"_s,
             "# Ledger\n\nA Django service with a separate, append-only audit database.\n\n"
             "## Deployment\n\nBuild the image and run it with the environment from "
             "`.env.example`.\n"},
    };
}

TreeBuilder::Tree hardened()
{
    const QByteArray base = "python:3.12-slim@sha256:" + digest(1);
    return {
            {u"Dockerfile"_s,
             "# syntax=docker/dockerfile:1\n"
             "FROM " + base
                     + " AS build\n"
                       "WORKDIR /src\n"
                       "COPY requirements.txt .\n"
                       "RUN pip install --no-cache-dir --prefix=/install -r requirements.txt\n"
                       "\n"
                       "FROM "
                     + base
                     + "\n"
                       "RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin qnwis\n"
                       "WORKDIR /app\n"
                       "COPY --from=build /install /usr/local\n"
                       "COPY --chown=10001:10001 . .\n"
                       "USER 10001\n"
                       "EXPOSE 8000\n"
                       "HEALTHCHECK --interval=30s --timeout=3s CMD [\"python\", \"-m\", "
                       "\"qnwis.healthcheck\"]\n"
                       "STOPSIGNAL SIGTERM\n"
                       "ENTRYPOINT [\"./entrypoint.sh\"]\n"},
            {u".dockerignore"_s, ".git\n.env\n.env.*\nvenv/\n__pycache__/\n*.pyc\n"},
            {u".gitignore"_s, ".env\nvenv/\n__pycache__/\n"},
            {u"entrypoint.sh"_s,
             "#!/bin/sh\nset -e\n"
             "python manage.py migrate --noinput\n"
             "python manage.py migrate --database=audit --noinput\n"
             "python manage.py lockdown_audit_db\n"
             "exec gunicorn qnwis.wsgi:application --bind 0.0.0.0:8000 --graceful-timeout 40\n"},
            {u"requirements.txt"_s,
             "Django==4.2.11\ngunicorn==21.2.0\npsycopg2-binary==2.9.9\n"
             "django-environ==0.11.2\nprometheus-client==0.20.0\n"},
            {u"requirements-dev.txt"_s,
             "-r requirements.txt\npytest==8.1.1\npytest-django==4.8.0\n"},
            {u"src/qnwis/settings.py"_s,
             "import os\n\nSECRET_KEY = os.environ[\"QNWIS_SECRET_KEY\"]\n"
             "DATABASE_URL = os.environ[\"QNWIS_DATABASE_URL\"]\n"
             "SECURE_HSTS_SECONDS = 31536000\n"},
            {u"ops/docker/docker-compose.prod.yml"_s,
             "services:\n"
             "  api:\n"
             "    image: ghcr.io/example/qnwis@sha256:"
                     + digest(2)
                     + "\n"
                       "    user: \"10001:10001\"\n"
                       "    read_only: true\n"
                       "    env_file: .env.production\n"
                       "    environment:\n"
                       "      QNWIS_DATABASE_URL: ${QNWIS_DATABASE_URL}\n"
                       "    stop_signal: SIGTERM\n"
                       "    stop_grace_period: 45s\n"
                       "    healthcheck:\n"
                       "      test: [\"CMD\", \"python\", \"-m\", \"qnwis.healthcheck\"]\n"
                       "      interval: 30s\n"
                       "      timeout: 3s\n"
                       "      retries: 3\n"
                       "    deploy:\n"
                       "      resources:\n"
                       "        limits:\n"
                       "          cpus: \"1.0\"\n"
                       "          memory: 512M\n"
                       "        reservations:\n"
                       "          cpus: \"0.25\"\n"
                       "          memory: 128M\n"
                       "    networks: [app_net]\n"
                       "networks:\n"
                       "  app_net: {}\n"},
            {u"infra/k8s/deployment.yaml"_s,
             "apiVersion: apps/v1\n"
             "kind: Deployment\n"
             "metadata:\n  name: api\n  namespace: scout\n  labels: {app: api}\n"
             "spec:\n"
             "  replicas: 3\n"
             "  selector:\n    matchLabels: {app: api}\n"
             "  template:\n"
             "    metadata:\n      labels: {app: api}\n"
             "    spec:\n"
             "      automountServiceAccountToken: false\n"
             "      securityContext:\n"
             "        runAsNonRoot: true\n"
             "        runAsUser: 10001\n"
             "        seccompProfile:\n          type: RuntimeDefault\n"
             "      containers:\n"
             "        - name: api\n"
             "          image: ghcr.io/example/api@sha256:"
                     + digest(3)
                     + "\n"
                       "          ports:\n            - containerPort: 8000\n"
                       "          securityContext:\n"
                       "            runAsNonRoot: true\n"
                       "            allowPrivilegeEscalation: false\n"
                       "            readOnlyRootFilesystem: true\n"
                       "            privileged: false\n"
                       "            capabilities:\n              drop: [\"ALL\"]\n"
                       "            seccompProfile:\n              type: RuntimeDefault\n"
                       "          resources:\n"
                       "            requests: {cpu: \"100m\", memory: \"128Mi\"}\n"
                       "            limits: {cpu: \"500m\", memory: \"512Mi\"}\n"
                       "          readinessProbe:\n"
                       "            httpGet: {path: /health/ready, port: 8000}\n"
                       "            timeoutSeconds: 2\n"
                       "          livenessProbe:\n"
                       "            httpGet: {path: /health/live, port: 8000}\n"
                       "            timeoutSeconds: 2\n"
                       "          volumeMounts:\n            - {name: tmp, mountPath: /tmp}\n"
                       "      volumes:\n        - name: tmp\n          emptyDir: {}\n"},
            {u"infra/k8s/networkpolicy.yaml"_s,
             "apiVersion: networking.k8s.io/v1\n"
             "kind: NetworkPolicy\n"
             "metadata:\n  name: default-deny\n  namespace: scout\n"
             "spec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n"
             "---\n"
             "apiVersion: networking.k8s.io/v1\n"
             "kind: NetworkPolicy\n"
             "metadata:\n  name: api-ingress\n  namespace: scout\n"
             "spec:\n"
             "  podSelector:\n    matchLabels: {app: api}\n"
             "  policyTypes: [Ingress]\n"
             "  ingress:\n    - ports:\n        - {port: 8000, protocol: TCP}\n"},
            {u"infra/k8s/pdb.yaml"_s,
             "apiVersion: policy/v1\n"
             "kind: PodDisruptionBudget\n"
             "metadata:\n  name: api\n  namespace: scout\n"
             "spec:\n  minAvailable: 2\n  selector:\n    matchLabels: {app: api}\n"},
            {u"infra/k8s/hpa.yaml"_s,
             "apiVersion: autoscaling/v2\n"
             "kind: HorizontalPodAutoscaler\n"
             "metadata:\n  name: api\n  namespace: scout\n"
             "spec:\n"
             "  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n"
             "  minReplicas: 3\n  maxReplicas: 10\n"
             "  metrics:\n"
             "    - type: Resource\n"
             "      resource:\n        name: cpu\n"
             "        target: {type: Utilization, averageUtilization: 70}\n"},
            {u".github/workflows/release.yml"_s,
             "name: Release Images (GHCR)\n"
             "on:\n  push:\n    branches: [main]\n"
             "permissions:\n  contents: read\n"
             "jobs:\n"
             "  release:\n"
             "    runs-on: ubuntu-24.04\n"
             "    permissions:\n      contents: read\n      packages: write\n      id-token: "
             "write\n"
             "    steps:\n"
             "      - uses: actions/checkout@"
                     + sha(10)
                     + " # v4.1.1\n"
                       "      - uses: docker/login-action@"
                     + sha(11)
                     + " # v3.1.0\n"
                       "        with:\n          registry: ghcr.io\n"
                       "          username: ${{ github.actor }}\n"
                       "          password: ${{ secrets.GITHUB_TOKEN }}\n"
                       "      - id: build\n"
                       "        uses: docker/build-push-action@"
                     + sha(12)
                     + " # v5.3.0\n"
                       "        with:\n          push: true\n          tags: "
                       "ghcr.io/example/api:${{ github.sha }}\n"
                       "      - name: Scan the image\n"
                       "        uses: aquasecurity/trivy-action@"
                     + sha(13)
                     + " # 0.19.0\n"
                       "        with:\n          image-ref: ghcr.io/example/api:${{ github.sha }}\n"
                       "          exit-code: \"1\"\n          severity: CRITICAL,HIGH\n"
                       "      - name: Generate the SBOM (Syft, SPDX)\n"
                       "        uses: anchore/sbom-action@"
                     + sha(14)
                     + " # v0.15.10\n"
                       "        with:\n          image: ghcr.io/example/api:${{ github.sha }}\n"
                       "          format: spdx-json\n"
                       "      - uses: sigstore/cosign-installer@"
                     + sha(15)
                     + " # v3.4.0\n"
                       "      - name: Sign the image and attest the SBOM\n"
                       "        run: |\n"
                       "          cosign sign --yes ghcr.io/example/api@${{ "
                       "steps.build.outputs.digest }}\n"
                       "          cosign attest --yes --type spdxjson --predicate sbom.spdx.json "
                       "ghcr.io/example/api@${{ steps.build.outputs.digest }}\n"},
            {u".github/dependabot.yml"_s,
             "version: 2\n"
             "updates:\n"
             "  - package-ecosystem: pip\n    directory: /\n    schedule: {interval: weekly}\n"
             "  - package-ecosystem: github-actions\n    directory: /\n"
             "    schedule: {interval: weekly}\n"
             "  - package-ecosystem: docker\n    directory: /\n    schedule: {interval: weekly}\n"},
            {u"ops/systemd/qnwis.service"_s,
             "[Unit]\n"
             "Description=QNWIS API\n"
             "After=network-online.target\n"
             "Wants=network-online.target\n\n"
             "[Service]\n"
             "Type=notify\n"
             "User=qnwis\n"
             "Group=qnwis\n"
             "EnvironmentFile=/etc/qnwis/qnwis.env\n"
             "ExecStart=/opt/qnwis/venv/bin/gunicorn qnwis.wsgi:application\n"
             "ExecStop=/bin/kill -s SIGTERM $MAINPID\n"
             "KillSignal=SIGTERM\n"
             "TimeoutStopSec=45\n"
             "Restart=on-failure\n"
             "NoNewPrivileges=yes\n"
             "ProtectSystem=strict\n"
             "ProtectHome=yes\n"
             "PrivateTmp=yes\n"
             "ReadWritePaths=/var/lib/qnwis\n\n"
             "[Install]\n"
             "WantedBy=multi-user.target\n"},
            {u"docs/deploy/DEPLOYMENT_RUNBOOK.md"_s,
             "# Deployment runbook\n\n"
             "## Rollback\n\nBlue/green: switch the service back to the previous digest-pinned "
             "release (`kubectl rollout undo deployment/api`).\n\n"
             "## Backup\n\nNightly `pg_dump` of the application and audit databases; retention "
             "14 files.\n\n"
             "## Restore verification\n\nQuarterly restore drill: restore the latest backup into "
             "a scratch database and run the backup/restore round-trip test.\n\n"
             "## Key rotation\n\nRotate `QNWIS_SECRET_KEY` and the field encryption key: deploy "
             "the new key next to the old one, re-encrypt, then retire the old key.\n\n"
             "## Incident response\n\nPage the on-call engineer, open an incident channel, "
             "follow the escalation policy and write a post-mortem within 48 hours.\n"},
            {u"SECURITY.md"_s,
             "# Security policy\n\n## Reporting a vulnerability\n\n"
             "Report vulnerabilities privately to the security team; we answer within two "
             "working days.\n"},
            {u"README.md"_s, "# QNWIS\n\nSee docs/deploy/DEPLOYMENT_RUNBOOK.md.\n"},
    };
}

QList<QByteArray> plantedSecrets()
{
    return {
            "AKIA" + randomText(16, 21, true), // AWS access key id
            "ghp_" + randomText(36, 22),       // GitHub token
            randomText(40, 23),                // generic api_key assignment
            "Xq7" + randomText(13, 24),        // password in a URL and in compose
            randomText(20, 25),                // ENV in the Dockerfile
            randomText(32, 26),                // .env
    };
}

TreeBuilder::Tree everyCategory()
{
    const QList<QByteArray> secrets = plantedSecrets();
    const QByteArray &awsKeyId = secrets.at(0);
    const QByteArray &githubToken = secrets.at(1);
    const QByteArray &apiKey = secrets.at(2);
    const QByteArray &dbPassword = secrets.at(3);
    return {
            {u"Dockerfile"_s,
             "FROM python:latest\n"
             "ADD https://example.com/tools/installer.tar.gz /opt/\n"
             "ENV SERVICE_PASSWORD="
                     + secrets.at(4)
                     + "\n"
                       "WORKDIR /app\n"
                       "COPY . .\n"
                       "CMD [\"python\", \"app.py\"]\n"},
            {u"docker-compose.yml"_s,
             "services:\n"
             "  app:\n"
             "    image: example/app:latest\n"
             "    privileged: true\n"
             "    network_mode: host\n"
             "    environment:\n"
             "      DB_PASSWORD: \""
                     + dbPassword
                     + "\"\n"
                       "  db:\n"
                       "    image: postgres:16\n"},
            {u"k8s/deployment.yaml"_s,
             "apiVersion: apps/v1\n"
             "kind: Deployment\n"
             "metadata:\n  name: web\n"
             "spec:\n"
             "  replicas: 3\n"
             "  selector:\n    matchLabels: {app: web}\n"
             "  template:\n"
             "    metadata:\n      labels: {app: web}\n"
             "    spec:\n"
             "      hostNetwork: true\n"
             "      containers:\n"
             "        - name: web\n"
             "          image: nginx:latest\n"
             "          securityContext:\n            privileged: true\n"},
            {u"helm/templates/deployment.yaml"_s,
             "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
             "  name: {{ include \"web.fullname\" . }}\n"
             "spec:\n  replicas: {{ .Values.replicaCount }}\n"
             "{{- with .Values.podLabels }}\n  {{- toYaml . | nindent 8 }}\n{{- end }}\n"},
            {u"deploy/web.service"_s,
             "[Unit]\nDescription=Web\n\n[Service]\nExecStart=/usr/bin/web\n\n"
             "[Install]\nWantedBy=multi-user.target\n"},
            {u".github/workflows/ci.yml"_s,
             "name: CI\n"
             "on:\n  pull_request_target:\n    types: [opened, synchronize]\n"
             "jobs:\n"
             "  test:\n"
             "    runs-on: ubuntu-latest\n"
             "    steps:\n"
             "      - uses: actions/checkout@v4\n"
             "        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n"
             "      - run: make test\n"},
            {u"config/settings.py"_s,
             "AWS_ACCESS_KEY_ID = \"" + awsKeyId
                     + "\"\n"
                       "GITHUB_TOKEN = \""
                     + githubToken
                     + "\"\n"
                       "api_key = \""
                     + apiKey
                     + "\"\n"
                       "DATABASE_URL = \"postgres://app:"
                     + dbPassword + "@db.internal:5432/app\"\n"},
            {u"deploy/id_rsa"_s, privateKey()},
            {u".env"_s, "DEBUG=true\nSECRET_KEY=" + secrets.at(5) + "\n"},
            {u"requirements.txt"_s, "flask==3.0.2\npytest==8.1.1\n"},
            {u"package.json"_s,
             "{\n  \"name\": \"web\",\n  \"version\": \"1.0.0\",\n"
             "  \"dependencies\": {\n    \"express\": \"4.19.2\",\n    \"jest\": \"29.7.0\"\n  "
             "}\n}\n"},
            {u"entrypoint.sh"_s, "#!/bin/sh\npython manage.py migrate\nexec python app.py\n"},
            {u"assets/logo.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)},
            {u"docs/odd name [v2] %.md"_s, "# Notes\n\nNothing about operations here.\n"},
    };
}

CustomRule lockdownRule()
{
    CustomRule rule;
    rule.id = u"custom.fixture-audit-lockdown"_s;
    rule.kind = CustomRule::Kind::MustContain;
    rule.file = u"entrypoint.sh"_s;
    rule.pattern = u"manage.py lockdown_audit_db"_s;
    rule.severity = Severity::Medium;
    rule.title = u"Entrypoint does not lock down the audit database"_s;
    rule.fix = u"Run `python manage.py lockdown_audit_db` after the audit migrations."_s;
    rule.templateId = u"fixture"_s;
    return rule;
}

} // namespace greenlight::test::FixtureRepos
