# syntax=docker/dockerfile:1
# The emulator of Amazon Cognito Identity as a container image, built from a clone:
#   docker build -t cognito-identity-openapi .
#   docker run --rm -p 4630:4630 cognito-identity-openapi            # the emulator, state in the /data volume
# The app layer is what `npm install` of the packed workspace tarballs puts in a fresh directory, as users install
# the packages: the emulator's lean install (the mock's and the MCP server's optional peers are left out); test/container.test.ts builds that layer here the same way and starts it with this file's
# ENTRYPOINT, CMD and HEALTHCHECK, read from this file. .github/workflows/container.yml builds and runs the image.

# Stage 1: compile the workspaces and pack them as npm would publish them.
FROM node:20-slim AS pack
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund && mkdir /packs && npm pack --ignore-scripts --workspaces --pack-destination /packs

# Stage 2: the tarballs installed into an empty /app, run by an unprivileged user.
FROM node:20-slim
LABEL org.opencontainers.image.title="cognito-identity-openapi" \
      org.opencontainers.image.description="A stateful emulator of Amazon Cognito Identity (identity pools)" \
      org.opencontainers.image.licenses="Apache-2.0"
ENV NODE_ENV=production PORT=4630
WORKDIR /app
# npm's cache stays out of the image (a cache mount); --prefer-offline reuses what it holds on a rebuild.
RUN --mount=type=bind,from=pack,source=/packs,target=/packs --mount=type=cache,target=/root/.npm \
    npm install --omit=dev --no-audit --no-fund --prefer-offline /packs/*.tgz
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4630
HEALTHCHECK --interval=5s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4630) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/node_modules/.bin/cognito-identity-openapi-server"]
CMD ["emulator", "--host", "0.0.0.0", "--state", "/data"]
