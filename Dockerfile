# syntax=docker/dockerfile:1
# Multi-stage build: compile src/ with TypeScript alone, run with production dependencies only.
#
# Base image: Node 24 LTS ("Krypton"; maintenance LTS until April 2028), pinned to a release
# (24.21.0) so rebuilds are reproducible; bump it deliberately. The code also runs on Node 20.11+.
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies plus the two packages tsc needs, at the versions package.json names:
# not the test, lint, codegen and benchmark tool chain.
RUN npm ci --omit=dev --no-audit --no-fund \
  && npm install --no-save --no-audit --no-fund \
     "typescript@$(node -p "require('./package.json').devDependencies.typescript")" \
     "@types/node@$(node -p "require('./package.json').devDependencies['@types/node']")"
COPY tsconfig.json tsconfig.build.json tsconfig.dist.json ./
COPY src ./src
# tsconfig.dist.json compiles src/ only: no benchmarks, tests or examples in the image.
RUN npx tsc -p tsconfig.dist.json

FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM to node (which drains and exits) and reaps zombies.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/src ./dist/src
# The official image ships an unprivileged "node" user (uid 1000).
USER node
EXPOSE 4000
# Liveness only: /health/live answers while the process does. A portal or Redis outage must not
# mark replicas unhealthy (an orchestrator would restart healthy pods); that is /health/ready's
# job, for a readiness probe. No curl in slim images: node's global fetch does the check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/src/main.js"]
