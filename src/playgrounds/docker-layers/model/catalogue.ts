// A small built-in catalogue of base images with realistic layer sizes.
//
// WHERE THE NUMBERS COME FROM — please read before quoting them:
// The layer structure follows the images' public Dockerfiles (docker-library/golang, docker-library/buildpack-deps,
// docker-library/node, nginxinc/docker-nginx, GoogleContainerTools/distroless). The sizes are APPROXIMATE
// uncompressed sizes for linux/amd64 (what `docker history` / `docker images` / dive report, not the smaller
// compressed download), rounded, as those images were around 2024–2025 (alpine 3.20/3.21, Debian 12 "bookworm",
// Go 1.23, Node 22, nginx 1.27). They were not measured by this program and drift with every release:
// treat them as "about this big", good for comparing images, not as exact figures.
// Inside each layer only a few representative paths are listed; the rest of the layer is folded into
// aggregate entries named `…` that carry a file count.
// An image that is not in the catalogue is shown as one layer of unknown size.

import { VirtualFs, layerBytes } from './fs.ts';
import type { FileChange } from './types.ts';

const MB = 1_000_000;
const KB = 1_000;

/** [path, bytes, count?]; a path ending in `/` is an (empty) directory. */
type FileSpec = [string, number, number?];

interface LayerSpec {
  instruction: string;
  files: FileSpec[];
}

export interface BaseConfig {
  workdir: string;
  user: string;
  env: Record<string, string>;
  cmd: string[] | null;
  entrypoint: string[] | null;
  exposed: string[];
}

export interface BaseImage {
  /** Canonical name shown in the UI. */
  name: string;
  /** Short explanation of what the image is. */
  description: string;
  layers: LayerSpec[];
  config: BaseConfig;
  /** True for images without /bin/sh (RUN in shell form cannot work). */
  noShell?: boolean;
  /** Packages already installed (apt-get/apk install of one of them adds nothing). */
  packages?: string[];
}

export interface BaseLayer {
  instruction: string;
  changes: FileChange[];
  sizeBytes: number;
}

const PATH_DEFAULT = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function cfg(partial: Partial<BaseConfig>): BaseConfig {
  return {
    workdir: '/',
    user: '',
    env: { PATH: PATH_DEFAULT },
    cmd: null,
    entrypoint: null,
    exposed: [],
    ...partial,
  };
}

// --- building blocks -------------------------------------------------------------------------

const ALPINE: LayerSpec = {
  instruction: 'ADD alpine-minirootfs-3.21-x86_64.tar.gz / # alpine rootfs',
  files: [
    ['/bin/busybox', 820 * KB],
    ['/bin/sh', 0],
    ['/lib/ld-musl-x86_64.so.1', 660 * KB],
    ['/lib/libcrypto.so.3', 4_400 * KB],
    ['/lib/libssl.so.3', 600 * KB],
    ['/lib/libz.so.1', 100 * KB],
    ['/sbin/apk', 70 * KB],
    ['/lib/libapk.so.2.14.0', 200 * KB],
    ['/lib/apk/db/installed', 30 * KB],
    ['/etc/apk/world', 60],
    ['/etc/ssl/certs/ca-certificates.crt', 220 * KB],
    ['/etc/passwd', 1_200],
    ['/etc/group', 700],
    ['/etc/os-release', 200],
    ['/etc/…', 90 * KB, 80],
    ['/usr/bin/…', 320 * KB, 12],
    ['/usr/lib/…', 330 * KB, 20],
    ['/tmp/', 0],
    ['/root/', 0],
  ],
};

const DEBIAN_SLIM: LayerSpec = {
  instruction: 'ADD rootfs.tar.xz / # debian:bookworm-slim',
  files: [
    ['/bin/sh', 0],
    ['/usr/bin/bash', 1_270 * KB],
    ['/usr/bin/dash', 130 * KB],
    ['/usr/bin/apt-get', 20 * KB],
    ['/usr/bin/dpkg', 300 * KB],
    ['/usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0', 2_800 * KB],
    ['/usr/lib/x86_64-linux-gnu/libc.so.6', 1_920 * KB],
    ['/usr/lib/x86_64-linux-gnu/…', 28_000 * KB, 650],
    ['/usr/lib/…', 9_000 * KB, 400],
    ['/usr/bin/…', 11_500 * KB, 280],
    ['/usr/sbin/…', 1_500 * KB, 70],
    ['/usr/share/…', 17_400 * KB, 2_300],
    ['/var/lib/dpkg/status', 70 * KB],
    ['/var/lib/dpkg/info/…', 900 * KB, 620],
    ['/var/cache/debconf/templates.dat', 440 * KB],
    ['/var/cache/debconf/config.dat', 10 * KB],
    ['/var/lib/apt/lists/', 0],
    ['/etc/passwd', 900],
    ['/etc/group', 450],
    ['/etc/os-release', 270],
    ['/etc/…', 570 * KB, 300],
    ['/tmp/', 0],
    ['/root/', 0],
  ],
};

/** debian:bookworm (not slim): same shape, with documentation, man pages and a few more packages. */
const DEBIAN_FULL: LayerSpec = {
  instruction: 'ADD rootfs.tar.xz / # debian:bookworm',
  files: DEBIAN_SLIM.files.map(([p, b, c]): FileSpec => {
    if (p === '/usr/share/…') return [p, 52_000 * KB, 6_900];
    if (p === '/usr/lib/x86_64-linux-gnu/…') return [p, 31_000 * KB, 720];
    if (p === '/var/lib/dpkg/status') return [p, 95 * KB];
    return c === undefined ? [p, b] : [p, b, c];
  }),
};

/** dpkg bookkeeping every `apt-get install` layer rewrites (copied up whole: dive counts the copies). */
function dpkgTouch(statusBytes: number, logBytes: number, templatesBytes: number): FileSpec[] {
  return [
    ['/var/lib/dpkg/status', statusBytes],
    ['/var/lib/dpkg/status-old', statusBytes - 2 * KB],
    ['/var/log/dpkg.log', logBytes],
    ['/var/log/apt/history.log', 3 * KB],
    ['/var/cache/debconf/templates.dat', templatesBytes],
  ];
}

const BUILDPACK_CURL: LayerSpec = {
  instruction:
    'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget && rm -rf /var/lib/apt/lists/* # buildpack-deps:bookworm-curl',
  files: [
    ['/usr/bin/curl', 280 * KB],
    ['/usr/bin/wget', 520 * KB],
    ['/usr/bin/gpg', 1_100 * KB],
    ['/usr/bin/sq', 9_800 * KB],
    ['/etc/ssl/certs/ca-certificates.crt', 220 * KB],
    ['/usr/lib/x86_64-linux-gnu/libcurl.so.4', 700 * KB],
    ['/usr/lib/x86_64-linux-gnu/curl-deps/…', 24_000 * KB, 180],
    ['/usr/share/curl-deps/…', 8_000 * KB, 600],
    ...dpkgTouch(120 * KB, 90 * KB, 520 * KB),
  ],
};

const BUILDPACK_SCM: LayerSpec = {
  instruction:
    'RUN apt-get update && apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps && rm -rf /var/lib/apt/lists/* # buildpack-deps:bookworm-scm',
  files: [
    ['/usr/bin/git', 3_900 * KB],
    ['/usr/lib/git-core/…', 38_000 * KB, 190],
    ['/usr/lib/python3/dist-packages/mercurial/…', 22_000 * KB, 1_100],
    ['/usr/lib/python3.11/…', 46_000 * KB, 2_400],
    ['/usr/lib/x86_64-linux-gnu/scm-deps/…', 41_000 * KB, 320],
    ['/usr/share/perl/…', 18_000 * KB, 1_500],
    ['/usr/share/scm-deps/…', 11_000 * KB, 900],
    ...dpkgTouch(170 * KB, 220 * KB, 610 * KB),
  ],
};

const BUILDPACK_FULL: LayerSpec = {
  instruction:
    'RUN apt-get update && apt-get install -y --no-install-recommends autoconf automake bzip2 dpkg-dev file g++ gcc imagemagick libc6-dev … make patch unzip xz-utils zlib1g-dev && rm -rf /var/lib/apt/lists/* # buildpack-deps:bookworm',
  files: [
    ['/usr/bin/gcc-12', 1_000 * KB],
    ['/usr/bin/make', 250 * KB],
    ['/usr/lib/gcc/x86_64-linux-gnu/12/…', 160_000 * KB, 900],
    ['/usr/include/…', 95_000 * KB, 9_000],
    ['/usr/lib/x86_64-linux-gnu/dev-libs/…', 240_000 * KB, 2_600],
    ['/usr/share/buildpack-deps/…', 93_000 * KB, 8_000],
    ...dpkgTouch(640 * KB, 900 * KB, 1_300 * KB),
  ],
};

const GOLANG_CGO: LayerSpec = {
  instruction:
    'RUN apt-get update; apt-get install -y --no-install-recommends g++ gcc libc6-dev make pkg-config; rm -rf /var/lib/apt/lists/* # golang: cgo dependencies',
  files: [
    ['/usr/bin/gcc-12', 1_000 * KB],
    ['/usr/bin/make', 250 * KB],
    ['/usr/lib/gcc/x86_64-linux-gnu/12/…', 160_000 * KB, 900],
    ['/usr/include/…', 32_000 * KB, 2_100],
    ['/usr/lib/x86_64-linux-gnu/toolchain/…', 48_000 * KB, 260],
    ['/usr/share/toolchain/…', 4_000 * KB, 300],
    ...dpkgTouch(230 * KB, 320 * KB, 640 * KB),
  ],
};

const GO_TOOLCHAIN: LayerSpec = {
  instruction: 'COPY --from=build --link /target/ / # golang: the Go toolchain in /usr/local/go',
  files: [
    ['/usr/local/go/bin/go', 14_000 * KB],
    ['/usr/local/go/bin/gofmt', 3_000 * KB],
    ['/usr/local/go/pkg/tool/…', 70_000 * KB, 30],
    ['/usr/local/go/src/…', 120_000 * KB, 14_000],
    ['/usr/local/go/…', 23_000 * KB, 2_600],
  ],
};

const GO_PATH: LayerSpec = {
  instruction: 'RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # golang',
  files: [
    ['/go/src/', 0],
    ['/go/bin/', 0],
  ],
};

const CURL_PKGS = ['ca-certificates', 'curl', 'gnupg', 'netbase', 'sq', 'wget'];
const SCM_PKGS = [...CURL_PKGS, 'git', 'mercurial', 'openssh-client', 'subversion', 'procps'];
const FULL_PKGS = [
  ...SCM_PKGS,
  'g++',
  'gcc',
  'libc6-dev',
  'make',
  'build-essential',
  'python3',
  'unzip',
  'xz-utils',
  'libssl-dev',
  'libpq-dev',
  'pkg-config',
];

const GOLANG_ENV = {
  PATH: `/go/bin:/usr/local/go/bin:${PATH_DEFAULT}`,
  GOLANG_VERSION: '1.23.4',
  GOTOOLCHAIN: 'local',
  GOPATH: '/go',
};

const NODE_USER: LayerSpec = {
  instruction: 'RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node',
  files: [
    ['/etc/passwd', 950],
    ['/etc/group', 470],
    ['/etc/shadow', 520],
    ['/home/node/.bashrc', 3_500],
    ['/home/node/.profile', 800],
  ],
};

function nodeRuntime(nodeBytes: number, includeBytes: number): LayerSpec {
  return {
    instruction:
      'RUN … curl -fsSLO https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz … # node',
    files: [
      ['/usr/local/bin/node', nodeBytes],
      ['/usr/local/bin/npm', 0],
      ['/usr/local/bin/npx', 0],
      ['/usr/local/bin/corepack', 0],
      ['/usr/local/include/node/…', includeBytes, 900],
      ['/usr/local/lib/node_modules/npm/…', 11_000 * KB, 2_300],
      ['/usr/local/lib/node_modules/corepack/…', 1_500 * KB, 60],
    ],
  };
}

const YARN: LayerSpec = {
  instruction: 'RUN … curl -fsSLO https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz … # node',
  files: [
    ['/opt/yarn-v1.22.22/…', 5_300 * KB, 20],
    ['/usr/local/bin/yarn', 0],
  ],
};

const NODE_ENTRYPOINT: LayerSpec = {
  instruction: 'COPY docker-entrypoint.sh /usr/local/bin/ # node',
  files: [['/usr/local/bin/docker-entrypoint.sh', 388]],
};

const NODE_CONFIG = cfg({
  env: { PATH: PATH_DEFAULT, NODE_VERSION: '22.12.0', YARN_VERSION: '1.22.22' },
  cmd: ['node'],
  entrypoint: ['docker-entrypoint.sh'],
});

const NGINX_SCRIPTS: LayerSpec[] = [
  { instruction: 'COPY docker-entrypoint.sh / # nginx', files: [['/docker-entrypoint.sh', 1_620]] },
  {
    instruction: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # nginx',
    files: [['/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', 2_125]],
  },
  {
    instruction: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # nginx',
    files: [['/docker-entrypoint.d/15-local-resolvers.envsh', 389]],
  },
  {
    instruction: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # nginx',
    files: [['/docker-entrypoint.d/20-envsubst-on-templates.sh', 3_018]],
  },
  {
    instruction: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # nginx',
    files: [['/docker-entrypoint.d/30-tune-worker-processes.sh', 4_620]],
  },
];

const NGINX_FILES: FileSpec[] = [
  ['/usr/sbin/nginx', 1_500 * KB],
  ['/etc/nginx/nginx.conf', 648],
  ['/etc/nginx/conf.d/default.conf', 1_093],
  ['/etc/nginx/mime.types', 5_349],
  ['/usr/share/nginx/html/index.html', 615],
  ['/usr/share/nginx/html/50x.html', 497],
  ['/var/log/nginx/access.log', 0],
  ['/var/log/nginx/error.log', 0],
  ['/var/cache/nginx/', 0],
];

const NGINX_CONFIG = cfg({
  env: { PATH: PATH_DEFAULT, NGINX_VERSION: '1.27.3' },
  cmd: ['nginx', '-g', 'daemon off;'],
  entrypoint: ['/docker-entrypoint.sh'],
  exposed: ['80/tcp'],
});

const DISTROLESS_STATIC_LAYERS: LayerSpec[] = [
  {
    instruction: 'base-files, /etc/passwd, /etc/group, /tmp, /home/nonroot # distroless',
    files: [
      ['/etc/passwd', 170],
      ['/etc/group', 190],
      ['/etc/nsswitch.conf', 300],
      ['/etc/os-release', 290],
      ['/usr/share/doc/base-files/…', 30 * KB, 8],
      ['/tmp/', 0],
      ['/home/nonroot/', 0],
      ['/root/', 0],
    ],
  },
  {
    instruction: 'netbase: /etc/protocols, /etc/services # distroless',
    files: [
      ['/etc/protocols', 2_900],
      ['/etc/services', 12_800],
      ['/etc/ethertypes', 1_800],
    ],
  },
  {
    instruction: 'tzdata: /usr/share/zoneinfo # distroless',
    files: [['/usr/share/zoneinfo/…', 1_460 * KB, 1_800]],
  },
  {
    instruction: 'ca-certificates: /etc/ssl/certs # distroless',
    files: [['/etc/ssl/certs/ca-certificates.crt', 220 * KB]],
  },
  {
    instruction: 'licenses: /usr/share/doc # distroless',
    files: [['/usr/share/doc/…', 90 * KB, 40]],
  },
];

export const BASE_IMAGES: Record<string, BaseImage> = {
  scratch: {
    name: 'scratch',
    description: 'The empty image: no files, no shell. A FROM scratch image holds only what you COPY into it.',
    layers: [],
    config: cfg({ env: {} }),
    noShell: true,
  },
  busybox: {
    name: 'busybox',
    description: 'BusyBox: one static binary providing sh and the usual tools (about 4 MB).',
    layers: [
      {
        instruction: 'ADD busybox.tar.xz / # busybox',
        files: [
          ['/bin/busybox', 1_100 * KB],
          ['/bin/sh', 0],
          ['/bin/…', 3_100 * KB, 400],
          ['/etc/passwd', 340],
          ['/etc/group', 280],
          ['/tmp/', 0],
          ['/root/', 0],
        ],
      },
    ],
    config: cfg({ cmd: ['sh'] }),
  },
  alpine: {
    name: 'alpine',
    description: 'Alpine Linux: musl libc, BusyBox and the apk package manager (about 8 MB).',
    layers: [ALPINE],
    config: cfg({ cmd: ['/bin/sh'] }),
  },
  'debian:bookworm-slim': {
    name: 'debian:bookworm-slim',
    description: 'Debian 12 without documentation and rarely needed files (about 75 MB); apt-get available.',
    layers: [DEBIAN_SLIM],
    config: cfg({ cmd: ['bash'] }),
  },
  'debian:bookworm': {
    name: 'debian:bookworm',
    description: 'Debian 12 (about 117 MB); apt-get available.',
    layers: [DEBIAN_FULL],
    config: cfg({ cmd: ['bash'] }),
  },
  ubuntu: {
    name: 'ubuntu',
    description: 'Ubuntu 24.04 (about 78 MB); apt-get available.',
    layers: [
      {
        instruction: 'ADD ubuntu-noble-oci-amd64-root.tar.gz / # ubuntu',
        files: DEBIAN_SLIM.files.map(([p, b, c]): FileSpec => {
          if (p === '/usr/share/…') return [p, 20_600 * KB, 2_600];
          if (p === '/etc/os-release') return [p, 390];
          return c === undefined ? [p, b] : [p, b, c];
        }),
      },
    ],
    config: cfg({ cmd: ['/bin/bash'] }),
  },
  'buildpack-deps:curl': {
    name: 'buildpack-deps:bookworm-curl',
    description: 'Debian bookworm plus curl, wget, ca-certificates and gnupg (about 160 MB).',
    layers: [DEBIAN_FULL, BUILDPACK_CURL],
    config: cfg({ cmd: ['bash'] }),
    packages: CURL_PKGS,
  },
  'buildpack-deps:scm': {
    name: 'buildpack-deps:bookworm-scm',
    description: 'buildpack-deps:curl plus git, mercurial, subversion and openssh-client (about 340 MB).',
    layers: [DEBIAN_FULL, BUILDPACK_CURL, BUILDPACK_SCM],
    config: cfg({ cmd: ['bash'] }),
    packages: SCM_PKGS,
  },
  'buildpack-deps': {
    name: 'buildpack-deps:bookworm',
    description: 'buildpack-deps:scm plus compilers and development headers (about 930 MB).',
    layers: [DEBIAN_FULL, BUILDPACK_CURL, BUILDPACK_SCM, BUILDPACK_FULL],
    config: cfg({ cmd: ['bash'] }),
    packages: FULL_PKGS,
  },
  golang: {
    name: 'golang',
    description:
      'The Go toolchain on Debian bookworm with gcc, git and curl (about 820 MB): made for building, not for shipping.',
    layers: [DEBIAN_FULL, BUILDPACK_CURL, BUILDPACK_SCM, GOLANG_CGO, GO_TOOLCHAIN, GO_PATH],
    config: cfg({ workdir: '/go', env: GOLANG_ENV }),
    packages: [...SCM_PKGS, 'g++', 'gcc', 'libc6-dev', 'make', 'pkg-config'],
  },
  'golang:alpine': {
    name: 'golang:alpine',
    description: 'The Go toolchain on Alpine (about 240 MB): no gcc, so cgo is off by default.',
    layers: [
      ALPINE,
      {
        instruction: 'RUN apk add --no-cache ca-certificates # golang:alpine',
        files: [
          ['/usr/share/ca-certificates/…', 220 * KB, 140],
          ['/etc/ssl/certs/ca-certificates.crt', 220 * KB],
          ['/lib/apk/db/installed', 32 * KB],
          ['/etc/apk/world', 76],
        ],
      },
      GO_TOOLCHAIN,
      GO_PATH,
    ],
    config: cfg({ workdir: '/go', env: GOLANG_ENV }),
    packages: ['ca-certificates'],
  },
  'gcr.io/distroless/static': {
    name: 'gcr.io/distroless/static-debian12',
    description:
      'Distroless static (about 2 MB): CA certificates, time zones and /etc/passwd, no shell, no libc. For static binaries (CGO_ENABLED=0).',
    layers: DISTROLESS_STATIC_LAYERS,
    config: cfg({ env: { PATH: PATH_DEFAULT, SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' } }),
    noShell: true,
  },
  'gcr.io/distroless/base': {
    name: 'gcr.io/distroless/base-debian12',
    description: 'Distroless base (about 20 MB): distroless static plus glibc and OpenSSL, still no shell.',
    layers: [
      ...DISTROLESS_STATIC_LAYERS,
      {
        instruction: 'libc6, libssl3, openssl # distroless/base',
        files: [
          ['/usr/lib/x86_64-linux-gnu/libc.so.6', 1_920 * KB],
          ['/usr/lib/x86_64-linux-gnu/libssl.so.3', 690 * KB],
          ['/usr/lib/x86_64-linux-gnu/libcrypto.so.3', 4_700 * KB],
          ['/usr/lib/x86_64-linux-gnu/…', 8_600 * KB, 90],
          ['/usr/lib/ssl/…', 1_000 * KB, 40],
        ],
      },
    ],
    config: cfg({ env: { PATH: PATH_DEFAULT, SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' } }),
    noShell: true,
  },
  'nginx:alpine': {
    name: 'nginx:alpine',
    description: 'nginx on Alpine with the njs, xslt, geoip and image-filter modules (about 48 MB).',
    layers: [
      ALPINE,
      {
        instruction: 'RUN … apk add … nginx=${NGINX_VERSION}-r${PKG_RELEASE} … tzdata … # nginx:alpine-slim',
        files: [
          ...NGINX_FILES,
          ['/usr/share/zoneinfo/…', 1_400 * KB, 1_800],
          ['/usr/lib/nginx-deps/…', 1_500 * KB, 12],
          ['/usr/local/bin/envsubst', 44 * KB],
          ['/lib/apk/db/installed', 46 * KB],
          ['/etc/apk/world', 120],
          ['/etc/passwd', 1_280],
          ['/etc/group', 740],
          ['/docker-entrypoint.d/', 0],
        ],
      },
      ...NGINX_SCRIPTS,
      {
        instruction:
          'RUN … apk add … nginx-module-xslt nginx-module-geoip nginx-module-image-filter nginx-module-njs … # nginx:alpine',
        files: [
          ['/usr/lib/nginx/modules/…', 5_200 * KB, 8],
          ['/usr/lib/module-deps/…', 29_000 * KB, 140],
          ['/usr/bin/curl', 260 * KB],
          ['/lib/apk/db/installed', 71 * KB],
          ['/etc/apk/world', 240],
        ],
      },
    ],
    config: NGINX_CONFIG,
    packages: ['nginx', 'curl', 'tzdata'],
  },
  nginx: {
    name: 'nginx',
    description: 'nginx on Debian bookworm-slim with its dynamic modules (about 190 MB).',
    layers: [
      DEBIAN_SLIM,
      {
        instruction:
          'RUN … apt-get install … nginx nginx-module-xslt nginx-module-geoip nginx-module-image-filter nginx-module-njs gettext-base curl … # nginx',
        files: [
          ...NGINX_FILES,
          ['/usr/lib/nginx/modules/…', 6_000 * KB, 8],
          ['/usr/lib/x86_64-linux-gnu/nginx-deps/…', 86_000 * KB, 420],
          ['/usr/share/nginx-deps/…', 18_500 * KB, 1_900],
          ['/etc/passwd', 960],
          ['/etc/group', 470],
          ['/docker-entrypoint.d/', 0],
          ...dpkgTouch(110 * KB, 60 * KB, 470 * KB),
        ],
      },
      ...NGINX_SCRIPTS,
    ],
    config: NGINX_CONFIG,
    packages: ['nginx', 'curl', 'ca-certificates'],
  },
  node: {
    name: 'node',
    description:
      'Node.js on the full buildpack-deps:bookworm image with compilers and headers (about 1.1 GB): for building.',
    layers: [
      DEBIAN_FULL,
      BUILDPACK_CURL,
      BUILDPACK_SCM,
      BUILDPACK_FULL,
      NODE_USER,
      nodeRuntime(118 * MB, 58 * MB),
      YARN,
      NODE_ENTRYPOINT,
    ],
    config: NODE_CONFIG,
    packages: FULL_PKGS,
  },
  'node:slim': {
    name: 'node:slim',
    description: 'Node.js on debian:bookworm-slim (about 220 MB).',
    layers: [DEBIAN_SLIM, NODE_USER, nodeRuntime(118 * MB, 20 * MB), YARN, NODE_ENTRYPOINT],
    config: NODE_CONFIG,
  },
  'node:alpine': {
    name: 'node:alpine',
    description: 'Node.js on Alpine (about 160 MB).',
    layers: [
      ALPINE,
      {
        instruction: 'RUN addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && … # node:alpine',
        files: [
          ['/usr/local/bin/node', 112 * MB],
          ['/usr/local/bin/npm', 0],
          ['/usr/local/bin/npx', 0],
          ['/usr/local/include/node/…', 20 * MB, 900],
          ['/usr/local/lib/node_modules/npm/…', 11_000 * KB, 2_300],
          ['/usr/lib/libstdc++.so.6', 2_600 * KB],
          ['/etc/passwd', 1_260],
          ['/etc/group', 720],
          ['/home/node/', 0],
          ['/lib/apk/db/installed', 36 * KB],
        ],
      },
      YARN,
      NODE_ENTRYPOINT,
    ],
    config: NODE_CONFIG,
  },
};

/** Split an image reference into repository (without docker.io/library) and tag. */
export function parseImageRef(ref: string): { repo: string; tag: string; digest: string } {
  let rest = ref.trim();
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = '';
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  rest = rest.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  return { repo: rest.toLowerCase(), tag: tag.toLowerCase(), digest };
}

/** Find the catalogue entry for an image reference, or null when the image is unknown. */
export function lookupBaseImage(ref: string): BaseImage | null {
  const { repo, tag } = parseImageRef(ref);
  const has = (s: string): boolean => tag.includes(s);
  switch (repo) {
    case 'scratch':
      return BASE_IMAGES.scratch ?? null;
    case 'busybox':
      return BASE_IMAGES.busybox ?? null;
    case 'alpine':
      return BASE_IMAGES.alpine ?? null;
    case 'ubuntu':
      return BASE_IMAGES.ubuntu ?? null;
    case 'debian':
      return (has('slim') ? BASE_IMAGES['debian:bookworm-slim'] : BASE_IMAGES['debian:bookworm']) ?? null;
    case 'buildpack-deps':
      return (
        (has('curl')
          ? BASE_IMAGES['buildpack-deps:curl']
          : has('scm')
            ? BASE_IMAGES['buildpack-deps:scm']
            : BASE_IMAGES['buildpack-deps']) ?? null
      );
    case 'golang':
      return (has('alpine') ? BASE_IMAGES['golang:alpine'] : BASE_IMAGES.golang) ?? null;
    case 'nginx':
      return (has('alpine') ? BASE_IMAGES['nginx:alpine'] : BASE_IMAGES.nginx) ?? null;
    case 'node':
      return (
        (has('alpine') ? BASE_IMAGES['node:alpine'] : has('slim') ? BASE_IMAGES['node:slim'] : BASE_IMAGES.node) ?? null
      );
    case 'nginxinc/nginx-unprivileged':
      return (has('alpine') ? BASE_IMAGES['nginx:alpine'] : BASE_IMAGES.nginx) ?? null;
  }
  if (/^gcr\.io\/distroless\/static/.test(repo)) return BASE_IMAGES['gcr.io/distroless/static'] ?? null;
  if (/^gcr\.io\/distroless\/(base|cc)/.test(repo)) return BASE_IMAGES['gcr.io/distroless/base'] ?? null;
  return null;
}

/** The image's default user: distroless `:nonroot` tags run as 65532. */
export function baseUser(ref: string, image: BaseImage): string {
  const { repo, tag } = parseImageRef(ref);
  if (repo.startsWith('gcr.io/distroless/') && tag.includes('nonroot')) return '65532:65532';
  return image.config.user;
}

interface Materialized {
  layers: BaseLayer[];
  fs: VirtualFs;
}

const materialized = new Map<string, Materialized>();

/** Build the layers (with their file changes) and the resulting filesystem of a catalogue image. Memoized. */
export function materializeBase(image: BaseImage): Materialized {
  const hit = materialized.get(image.name);
  if (hit) return { layers: hit.layers, fs: hit.fs.clone() };
  const fs = new VirtualFs();
  const layers: BaseLayer[] = [];
  for (const spec of image.layers) {
    fs.beginStep();
    for (const [path, bytes, count] of spec.files) {
      if (path.endsWith('/')) fs.mkdirp(path.slice(0, -1));
      else fs.writeFile(path, bytes, count === undefined ? undefined : { count });
    }
    const changes = fs.endStep();
    layers.push({ instruction: spec.instruction, changes, sizeBytes: layerBytes(changes).known });
  }
  materialized.set(image.name, { layers, fs });
  return { layers, fs: fs.clone() };
}
