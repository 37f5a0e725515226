# mac-manuf container image: build with the Maven wrapper, run the extracted layered jar on a JRE.
#   docker build -t mac-manuf .
#   docker run -d -p 5000:5000 -p 5443:5443 -v manuf-data:/data -e MANUF_API_TOKEN=... mac-manuf
# No `COPY --link` and no BuildKit-only syntax, so podman/buildah builds it as well as docker.

# ---- build stage -------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Dependencies in a layer of their own: this layer is rebuilt only when pom.xml or the wrapper
# changes, so a source-only change does not download anything again.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw \
	&& ./mvnw -B -ntp dependency:go-offline -Djacoco.skip=true

COPY src/ src/
RUN ./mvnw -B -ntp -o package -DskipTests -Djacoco.skip=true \
	&& cp target/mac-manuf-*.jar app.jar \
	&& java -Djarmode=tools -jar app.jar extract --layers --application-filename application.jar \
		--destination extracted

# ---- runtime stage -----------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# A fixed, unprivileged uid/gid, so a host folder mounted on /data can be chowned to it (10001:10001).
RUN groupadd --gid 10001 manuf \
	&& useradd --uid 10001 --gid manuf --home-dir /nonexistent --no-create-home \
		--shell /usr/sbin/nologin manuf \
	&& mkdir -p /data \
	&& chown manuf:manuf /data \
	&& chmod 0750 /data

# The layers in order of how rarely they change: third-party jars first, the application last.
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# Class data sharing: a training start during the build (the context is refreshed, then the JVM exits; no import,
# no network) records the classes the service loads in /app/application.jsa. Every start then maps them instead of
# reading and verifying them from the jars: start to ready 6 s instead of 10 s on 2 cores, for 116 MB more image.
# Its data folder is thrown away, so no database or key ends up in the image. The archive fits only these jars and
# this JVM; if anything does not match, the JVM starts without it.
RUN if ! java -XX:ArchiveClassesAtExit=application.jsa -Xlog:cds=error -XX:+UseSerialGC \
			-Dspring.context.exit=onRefresh -jar application.jar --manuf.data-dir=/tmp/cds-training \
			--server.port=0 --manuf.tls.port=0 --manuf.refresh.enabled=false >/tmp/cds-training.log 2>&1; then \
		tail -40 /tmp/cds-training.log; exit 1; \
	fi \
	&& find /tmp -mindepth 1 -delete \
	&& test -s application.jsa

# /data holds the SQLite database, the downloaded registry and the generated TLS keystore.
# The serial collector suits this small heap on a few cores: fewer threads fighting the server's for the CPU, and a
# lower p99 than G1 in bench/run.sh. Replace JAVA_OPTS to choose another collector.
ENV MANUF_DATA_DIR=/data \
	JAVA_OPTS="-XX:+UseSerialGC"
VOLUME /data
EXPOSE 5000 5443
USER 10001:10001

# curl is in eclipse-temurin's Ubuntu images (and in the local stand-ins); it follows a changed HTTP port.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
	CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT:-${MANUF_HTTP_PORT:-5000}}/actuator/health/readiness" || exit 1

# The class archive and container-aware memory defaults first, then $JAVA_OPTS (later JVM options win), then the arguments
# given to `docker run IMAGE --name=value`. exec: java is PID 1 and gets SIGTERM for a graceful stop.
ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=/app/application.jsa -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError $JAVA_OPTS -jar /app/application.jar \"$@\"", "--"]

# Metadata last: these values change on every build and must not invalidate the layers above.
ARG VERSION=dev
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="mac-manuf" \
	org.opencontainers.image.description="Self-hosted REST service: who made this network interface? MAC address to manufacturer, from Wireshark's manuf registry." \
	org.opencontainers.image.version="${VERSION}" \
	org.opencontainers.image.revision="${REVISION}" \
	org.opencontainers.image.created="${CREATED}" \
	org.opencontainers.image.base.name="docker.io/library/eclipse-temurin:17-jre" \
	org.opencontainers.image.documentation="README.md, section Container"
