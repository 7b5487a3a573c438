# Nazorg (Spring Boot + Camunda 7) container image.
#
#   docker build -t nazorg .
#   docker run -p 8080:8080 \
#     -e SPRING_PROFILES_ACTIVE=postgres \
#     -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/nazorg \
#     -e SPRING_DATASOURCE_USERNAME=nazorg -e SPRING_DATASOURCE_PASSWORD=... \
#     -e CAMUNDA_BPM_ADMINUSER_ID=... -e CAMUNDA_BPM_ADMINUSER_PASSWORD=... \
#     -e NAZORG_BEVEILIGING_KOPPELING_TOKEN=... -e NAZORG_BEVEILIGING_TLS=true \
#     -e JAVA_OPTS="-XX:MaxRAMPercentage=75" \
#     nazorg
#
# The COPY paths below are checked by src/test/java/nl/nazorg/system/DockerfileTest.java.

# ---------------------------------------------------------------------------
# Stage 1: build the Spring Boot jar (target/nazorg.jar, <finalName> in pom.xml)
# ---------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies first, so this layer is reused until pom.xml changes.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline

COPY src/ ./src/
COPY processes/ ./processes/
COPY forms/ ./forms/
# Tests and the BPMN lint (needs Node.js, absent from this image) run in CI, not in the image build.
RUN mvn -B -q -DskipTests -DskipModelLint package

# ---------------------------------------------------------------------------
# Stage 2: runtime, JRE only
# ---------------------------------------------------------------------------
FROM eclipse-temurin:17-jre AS runtime

# The HEALTHCHECK needs an HTTP client. The Ubuntu-based eclipse-temurin images ship curl today
# (kept upstream "for historical reasons", adoptium/containers#255), but that is not a promise:
# install it from the distribution only if the base image no longer has it, rather than
# start a second JVM every 30 s for a Java-based probe.
RUN set -eu; \
    if ! command -v curl >/dev/null 2>&1; then \
        apt-get update; \
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl; \
        rm -rf /var/lib/apt/lists/*; \
    fi; \
    groupadd --system --gid 10001 nazorg; \
    useradd --system --uid 10001 --gid nazorg --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin nazorg; \
    mkdir -p /app/data; \
    chown nazorg:nazorg /app/data

WORKDIR /app
COPY --from=build /build/target/nazorg.jar /app/nazorg.jar

# Configuration comes from the environment (Spring Boot relaxed binding), e.g.
#   SPRING_PROFILES_ACTIVE                     e.g. "postgres" or "demo"
#   SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD  (or NAZORG_DB_URL / _USER / _PASSWORD)
#   CAMUNDA_BPM_ADMINUSER_ID / _PASSWORD        first Camunda administrator (required without profile demo)
#   NAZORG_BEVEILIGING_KOPPELING_TOKEN         token of the system account koppeling (32+ characters)
#   NAZORG_BEVEILIGING_TLS                     true behind TLS: Secure cookies and HSTS
#   JAVA_OPTS                                  JVM options (heap, GC, -D system properties)
# No secrets are baked into the image. Without a datasource the default H2 file database is
# written to /app/data (owned by the application user; mount a volume there to keep it).
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"

USER 10001:10001

EXPOSE 8080

# Start-up takes 10-20 s; /actuator/health includes the database check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1

# exec: java becomes PID 1 and receives SIGTERM for a graceful shutdown.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/nazorg.jar \"$@\"", "nazorg"]
