# syntax=docker/dockerfile:1
# One image recipe for every service: docker build --build-arg SERVICE=booking-service .
# Multi-stage: build the module with the Maven wrapper, split the jar into layers, run as non-root.

FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /workspace
COPY . .
RUN test -n "${SERVICE}" || (echo "Pass --build-arg SERVICE=<module>" && false)
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests -pl "${SERVICE}" -am package \
    && cp "${SERVICE}"/target/"${SERVICE}"-*-exec.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system clinic && useradd --system --gid clinic --no-create-home clinic
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
USER clinic
ENV SERVER_PORT=8080
# The services bind to loopback unless told otherwise; a container must listen on its own network.
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=6 \
    CMD curl -fsS "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
