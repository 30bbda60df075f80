// Preset Dockerfiles and build contexts for the playground.

import { DEFAULT_DOCKERIGNORE } from './context.ts';

const KB = 1_000;
const MB = 1_000_000;

/** A small Go HTTP service, as a build context (path -> size in bytes). */
export const GO_CONTEXT: Record<string, number> = {
  'go.mod': 180,
  'go.sum': 12_400,
  'main.go': 2_100,
  'internal/api/handler.go': 4_800,
  'internal/api/handler_test.go': 3_900,
  'internal/store/store.go': 6_200,
  'internal/store/store_test.go': 4_100,
  'README.md': 2_400,
  '.dockerignore': 64,
  '.env': 120,
  '.git/HEAD': 23,
  '.git/objects/pack/pack-3f2a.pack': 5_200 * KB,
  'bin/server': 9_800 * KB,
};

export const NODE_CONTEXT: Record<string, number> = {
  'package.json': 1_200,
  'package-lock.json': 210 * KB,
  'src/index.js': 3_000,
  'src/routes.js': 2_500,
  'README.md': 1_800,
  '.dockerignore': 64,
  '.git/HEAD': 23,
  'node_modules/…': 84 * MB,
};

export const STATIC_CONTEXT: Record<string, number> = {
  'nginx.conf': 900,
  'site/index.html': 4_200,
  'site/style.css': 8_100,
  'site/app.js': 15_000,
  'site/logo.png': 48 * KB,
  '.dockerignore': 64,
};

export const WASTE_CONTEXT: Record<string, number> = {
  'dataset.tar.gz': 250 * MB,
  'app.py': 3_000,
  '.dockerignore': 64,
};

export interface Preset {
  id: string;
  title: { en: string; zh: string };
  dockerfile: string;
  context: Record<string, number>;
  dockerignore: string;
}

const NAIVE_GO = `FROM golang:1.23
WORKDIR /app
# Everything at once: any code change invalidates the dependency download below.
COPY . .
RUN go mod download
RUN go build -o /app/server .
EXPOSE 8080
CMD ["/app/server"]
`;

const CACHE_FRIENDLY_GO = `FROM golang:1.23
WORKDIR /app
# Dependencies first: this layer stays cached until go.mod or go.sum change.
COPY go.mod go.sum ./
RUN go mod download
# Then the source, which changes all the time.
COPY . .
RUN go build -o /app/server .
EXPOSE 8080
CMD ["/app/server"]
`;

const MULTISTAGE_DISTROLESS = `# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
FROM golang:\${GO_VERSION} AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /server
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
`;

const MULTISTAGE_SCRATCH = `# syntax=docker/dockerfile:1
FROM golang:1.23-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build \\
    CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/server .

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/server /server
USER 65532:65532
ENTRYPOINT ["/server"]
`;

const WASTE = `FROM debian:bookworm-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends python3
COPY dataset.tar.gz /tmp/
# Deleting it here does not make the image smaller:
# the 250 MB still ship in the COPY layer above, hidden by a whiteout.
RUN rm /tmp/dataset.tar.gz
COPY app.py /app/
CMD ["python3", "/app/app.py"]
`;

const NODE_APP = `FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY src/ ./src/
USER node
EXPOSE 3000
CMD ["node", "src/index.js"]
`;

const NGINX_STATIC = `FROM nginx:1.27-alpine
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY site/ /usr/share/nginx/html/
EXPOSE 80
`;

const HEREDOC = `# syntax=docker/dockerfile:1
FROM alpine:3.21
RUN <<EOF
apk add --no-cache curl
mkdir -p /app
EOF
COPY <<EOF /app/config.yaml
port: 8080
log_level: info
EOF
RUN cat > /app/run.sh <<'SCRIPT'
#!/bin/sh
exec /app/server "$@"
SCRIPT
CMD ["/app/run.sh"]
`;

export const PRESETS: Preset[] = [
  {
    id: 'go-naive',
    title: { en: 'Go service, naive', zh: 'Go 服务（朴素写法）' },
    dockerfile: NAIVE_GO,
    context: GO_CONTEXT,
    dockerignore: DEFAULT_DOCKERIGNORE,
  },
  {
    id: 'go-cache-friendly',
    title: { en: 'Go service, cache-friendly', zh: 'Go 服务（利用缓存）' },
    dockerfile: CACHE_FRIENDLY_GO,
    context: GO_CONTEXT,
    dockerignore: DEFAULT_DOCKERIGNORE,
  },
  {
    id: 'go-multistage-distroless',
    title: { en: 'Go service, multi-stage to distroless', zh: 'Go 服务（多阶段构建到 distroless）' },
    dockerfile: MULTISTAGE_DISTROLESS,
    context: GO_CONTEXT,
    dockerignore: DEFAULT_DOCKERIGNORE,
  },
  {
    id: 'go-multistage-scratch',
    title: {
      en: 'Go service, multi-stage to scratch with cache mounts',
      zh: 'Go 服务（多阶段构建到 scratch，使用缓存挂载）',
    },
    dockerfile: MULTISTAGE_SCRATCH,
    context: GO_CONTEXT,
    dockerignore: DEFAULT_DOCKERIGNORE,
  },
  {
    id: 'deleted-file-waste',
    title: { en: 'Deleting a big file in a later layer', zh: '在后面的层删除大文件' },
    dockerfile: WASTE,
    context: WASTE_CONTEXT,
    dockerignore: DEFAULT_DOCKERIGNORE,
  },
  {
    id: 'node-app',
    title: { en: 'Node.js app', zh: 'Node.js 应用' },
    dockerfile: NODE_APP,
    context: NODE_CONTEXT,
    dockerignore: DEFAULT_DOCKERIGNORE,
  },
  {
    id: 'nginx-static',
    title: { en: 'Static site on nginx', zh: 'nginx 静态站点' },
    dockerfile: NGINX_STATIC,
    context: STATIC_CONTEXT,
    dockerignore: DEFAULT_DOCKERIGNORE,
  },
  { id: 'heredoc', title: { en: 'Heredocs', zh: 'Heredoc 写法' }, dockerfile: HEREDOC, context: {}, dockerignore: '' },
];
