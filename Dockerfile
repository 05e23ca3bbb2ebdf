# syntax=docker/dockerfile:1
# Mashwara: build with Maven on JDK 25, run on a JDK 25 runtime as an unprivileged user.
#   docker build -t mashwara .
# Production defaults: profiles prod + mariadb (no demo data; database from MASHWARA_DB_*), files under
# /var/lib/mashwara. See README.md ("Running with Docker") and config/mashwara.env.example.

# --- Build ---------------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build

# Dependencies first: this layer is rebuilt only when the POM changes
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN mvn -B -ntp dependency:go-offline

COPY src src
COPY frontend frontend
COPY config config
RUN mvn -B -ntp -DskipTests package \
    && cp target/mashwara-*.jar /build/mashwara.jar

# --- Runtime -------------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

# curl for the health check; Tesseract with English and Urdu for reading scanned drafts (OCR); fontconfig for
# Java's text layout, which shapes the Urdu of the review-record PDF (its fonts are inside the application)
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        curl tesseract-ocr tesseract-ocr-eng tesseract-ocr-urd fontconfig \
    && rm -rf /var/lib/apt/lists/*

# An unprivileged user owns the data directories: the data (files, comparisons) and the search index
RUN groupadd --system --gid 10001 mashwara \
    && useradd --system --uid 10001 --gid mashwara --home-dir /var/lib/mashwara --no-create-home \
        --shell /usr/sbin/nologin mashwara \
    && install -d -o mashwara -g mashwara -m 0750 /var/lib/mashwara /var/lib/mashwara-index

WORKDIR /app
COPY --from=build /build/mashwara.jar /app/mashwara.jar
# Reviewable configuration: the routing rules (read from /app/config/routing.yml, the working directory)
COPY config /app/config

ENV SPRING_PROFILES_ACTIVE=prod,mariadb \
    MASHWARA_DATA_DIR=/var/lib/mashwara \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

VOLUME ["/var/lib/mashwara"]
USER mashwara:mashwara
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${PORT:-8080}/actuator/health/readiness" || exit 1

ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/mashwara.jar"]
