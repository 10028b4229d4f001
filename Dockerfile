# The Newsroom app: Node 24, production build, run as the unprivileged `node` user.
# One image for every instance; compose.yaml runs two of them behind Varnish (docs/deployment.md).
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build needs no database: pages are rendered on first request (docs/caching.md).
RUN NODE_ENV=production node_modules/.bin/next build

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOST=0.0.0.0 \
    MEDIA_DIR=/data/media \
    NEWSROOM_CACHE_DIR=/data/next-cache
# tsx (a dev dependency) runs the migrations and the demo loader (src/seed/run.ts), so all
# dependencies stay.
COPY --from=build /app /app
RUN mkdir -p /data/media /data/next-cache && chown -R node:node /data /app/.next
USER node
EXPOSE 3000
HEALTHCHECK --interval=5s --timeout=4s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "scripts/serve.mjs"]
