# syntax=docker/dockerfile:1

# The runtime stage's base. scripts/verify-image builds the runtime stage below (from "---- Runtime" to the
# end, taken from this file as it is) on a Debian root made with debootstrap and a binary built on the host,
# so this file stays the one description of the image.
ARG RUNTIME_BASE=debian:bookworm-slim

# ---- Build ------------------------------------------------------------------
# Debian 12 (bookworm) toolchain image, so the binary links against the same libcurl/zlib/glibc
# versions the bookworm-slim runtime stage installs. 6.3 matches the toolchain used in development.
FROM swift:6.3-bookworm AS build

# Headers and pkg-config metadata for the CCurl (libcurl) and CZlib (zlib) system library targets.
# DL3008 (pin apt versions) is ignored on purpose: the base image's tag pins the Debian release, and
# exact package versions vanish from the archive with each security update, which would break the build.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libcurl4-openssl-dev zlib1g-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /build

# Dependencies first, in their own layer: it is rebuilt only when the manifest (or lock file) changes.
# Package.resolved is optional; when present its exact versions are used.
COPY Package.swift Package.resolved* ./
RUN if [ -f Package.resolved ]; then swift package resolve --force-resolved-versions; \
    else swift package resolve; fi

# Tests/ and Benchmarks/ are copied because the manifest declares their targets; they are not built.
COPY Sources ./Sources
COPY Tests ./Tests
COPY Benchmarks ./Benchmarks
RUN swift build -c release --static-swift-stdlib --product accord \
    && mkdir -p /out \
    && cp "$(swift build -c release --static-swift-stdlib --show-bin-path)/accord" /out/accord \
    && cp /usr/libexec/swift/linux/swift-backtrace-static /out/swift-backtrace-static

# ---- Runtime ----------------------------------------------------------------
# The image holds the service's files and nothing else: no shell, no package manager, no coreutils.
# A Debian stage installs the libraries the binary needs and gathers everything into /rootfs; the
# final stage starts empty and copies that whole.
FROM ${RUNTIME_BASE} AS runtime-root

# The binary's own NEEDED libraries (readelf -d): libcurl.so.4 (libcurl4, which pulls in OpenSSL,
# nghttp2, …), libz.so.1 (zlib1g), libstdc++.so.6 (libstdc++6), libgcc_s.so.1 (libgcc-s1),
# libc/libm (libc6, in the base image). The Swift runtime and Foundation are linked statically.
# ca-certificates: libcurl verifies TLS peers against /etc/ssl/certs.
# DL3008: as in the build stage, the release is pinned by the base image, not by package versions.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libcurl4 zlib1g libstdc++6 libgcc-s1 \
    && rm -rf /var/lib/apt/lists/*

COPY --from=build /out/accord /rootfs/usr/local/bin/accord
COPY --from=build /out/swift-backtrace-static /rootfs/usr/local/libexec/swift-backtrace-static
# Read-only inputs, owned by root; only the data directory is writable by the service.
COPY Config /rootfs/app/Config
COPY seeds /rootfs/app/seeds

# Every shared library the binaries load, at its path (ldd resolves libcurl's own: OpenSSL,
# nghttp2, …; glibc 2.36 resolves names without loading NSS modules), the CA certificates, the
# service's user and group, /tmp, and the data directory, the one place the service writes.
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN { ldd /rootfs/usr/local/bin/accord; ldd /rootfs/usr/local/libexec/swift-backtrace-static; } \
    | grep -o '/[^ ]*' | sort -u | xargs -I '{}' cp --parents -L '{}' /rootfs/ \
    && cp -a --parents /etc/ssl/certs /usr/share/ca-certificates /rootfs/ \
    && echo 'accord:x:10001:10001:accord:/app:/nonexistent' > /rootfs/etc/passwd \
    && echo 'accord:x:10001:' > /rootfs/etc/group \
    && mkdir -p /rootfs/tmp && chmod 1777 /rootfs/tmp \
    && mkdir -p /rootfs/app/data && chown 10001:10001 /rootfs/app/data

FROM scratch AS runtime
COPY --from=runtime-root /rootfs /
WORKDIR /app
VOLUME ["/app/data"]

# The environment wins over Config/accord.json: listen on every interface inside the container.
ENV ACCORD_CONFIG=/app/Config/accord.json \
    ACCORD_HOST=0.0.0.0 \
    ACCORD_PORT=8080 \
    ACCORD_SEEDS=/app/seeds \
    ACCORD_DATA=/app/data \
    SWIFT_BACKTRACE=enable=yes,sanitize=yes,threads=all,images=all,interactive=no,swift-backtrace=/usr/local/libexec/swift-backtrace-static

USER 10001:10001
EXPOSE 8080

# `accord healthcheck` requests http://127.0.0.1:$ACCORD_PORT/healthz with the built-in libcurl
# client and exits non-zero unless it gets a 2xx: no curl binary needed in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/usr/local/bin/accord", "healthcheck"]

# Exec form: accord is PID 1 and receives SIGTERM directly for a graceful shutdown.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/accord"]
CMD ["serve"]
