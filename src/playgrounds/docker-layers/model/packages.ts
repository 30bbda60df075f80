// Rough installed sizes of common packages, used by the RUN interpreter.
//
// These are ESTIMATES of the space a package and the dependencies it usually pulls in take on a fresh
// debian:bookworm-slim (apt, with --no-install-recommends) or alpine:3.21 (apk) image, rounded. They are
// not measured by this program and vary with versions and with what is already installed; the interpreter
// says so in the notes of every layer it sizes from this table. Unknown packages get DEFAULT_*_BYTES.

const MB = 1_000_000;
const KB = 1_000;

export interface PackageInfo {
  bytes: number;
  /** Commands the package provides (written to /usr/bin so later RUNs can find them). */
  bins?: string[];
  /** Roughly how many files it installs. */
  files: number;
}

export const DEFAULT_APT_BYTES = 5 * MB;
export const DEFAULT_APK_BYTES = 3 * MB;

export const APT_PACKAGES: Record<string, PackageInfo> = {
  'ca-certificates': { bytes: 2_400 * KB, files: 300, bins: ['update-ca-certificates'] },
  curl: { bytes: 6_500 * KB, files: 90, bins: ['curl'] },
  wget: { bytes: 4_000 * KB, files: 60, bins: ['wget'] },
  git: { bytes: 46 * MB, files: 1_100, bins: ['git'] },
  gcc: { bytes: 150 * MB, files: 900, bins: ['gcc'] },
  'g++': { bytes: 62 * MB, files: 1_200, bins: ['g++'] },
  make: { bytes: 1_600 * KB, files: 40, bins: ['make'] },
  'build-essential': { bytes: 240 * MB, files: 3_500, bins: ['gcc', 'g++', 'make'] },
  'libc6-dev': { bytes: 16 * MB, files: 1_100 },
  'pkg-config': { bytes: 600 * KB, files: 20, bins: ['pkg-config'] },
  python3: { bytes: 28 * MB, files: 2_000, bins: ['python3'] },
  'python3-pip': { bytes: 16 * MB, files: 900, bins: ['pip3'] },
  vim: { bytes: 38 * MB, files: 2_000, bins: ['vim'] },
  nano: { bytes: 2_800 * KB, files: 60, bins: ['nano'] },
  tzdata: { bytes: 3_600 * KB, files: 1_900 },
  'openssh-client': { bytes: 6_000 * KB, files: 60, bins: ['ssh'] },
  unzip: { bytes: 400 * KB, files: 10, bins: ['unzip'] },
  jq: { bytes: 1_100 * KB, files: 15, bins: ['jq'] },
  gnupg: { bytes: 11 * MB, files: 200, bins: ['gpg'] },
  'postgresql-client': { bytes: 16 * MB, files: 300, bins: ['psql'] },
  nginx: { bytes: 3_200 * KB, files: 100, bins: ['nginx'] },
  procps: { bytes: 2_200 * KB, files: 60, bins: ['ps'] },
  'iputils-ping': { bytes: 300 * KB, files: 10, bins: ['ping'] },
  dnsutils: { bytes: 9_000 * KB, files: 80, bins: ['dig'] },
  'netcat-openbsd': { bytes: 120 * KB, files: 5, bins: ['nc'] },
  htop: { bytes: 500 * KB, files: 10, bins: ['htop'] },
  'golang-go': { bytes: 230 * MB, files: 14_000, bins: ['go'] },
  nodejs: { bytes: 75 * MB, files: 400, bins: ['node'] },
  npm: { bytes: 30 * MB, files: 3_000, bins: ['npm'] },
  openssl: { bytes: 2_300 * KB, files: 30, bins: ['openssl'] },
  'libssl-dev': { bytes: 13 * MB, files: 200 },
  'libpq-dev': { bytes: 4_000 * KB, files: 120 },
  sqlite3: { bytes: 1_800 * KB, files: 10, bins: ['sqlite3'] },
  'xz-utils': { bytes: 1_000 * KB, files: 20, bins: ['xz'] },
  'dumb-init': { bytes: 80 * KB, files: 5, bins: ['dumb-init'] },
  tini: { bytes: 900 * KB, files: 5, bins: ['tini'] },
};

export const APK_PACKAGES: Record<string, PackageInfo> = {
  'ca-certificates': { bytes: 700 * KB, files: 150, bins: ['update-ca-certificates'] },
  curl: { bytes: 3_300 * KB, files: 30, bins: ['curl'] },
  wget: { bytes: 1_200 * KB, files: 10, bins: ['wget'] },
  git: { bytes: 16 * MB, files: 700, bins: ['git'] },
  'build-base': { bytes: 230 * MB, files: 3_000, bins: ['gcc', 'g++', 'make'] },
  gcc: { bytes: 110 * MB, files: 800, bins: ['gcc'] },
  'musl-dev': { bytes: 5_000 * KB, files: 1_000 },
  make: { bytes: 300 * KB, files: 5, bins: ['make'] },
  bash: { bytes: 2_400 * KB, files: 30, bins: ['bash'] },
  tzdata: { bytes: 3_500 * KB, files: 1_800 },
  python3: { bytes: 52 * MB, files: 2_500, bins: ['python3'] },
  'py3-pip': { bytes: 14 * MB, files: 900, bins: ['pip3'] },
  nodejs: { bytes: 62 * MB, files: 100, bins: ['node'] },
  npm: { bytes: 16 * MB, files: 2_500, bins: ['npm'] },
  openssl: { bytes: 1_100 * KB, files: 10, bins: ['openssl'] },
  upx: { bytes: 2_300 * KB, files: 5, bins: ['upx'] },
  go: { bytes: 230 * MB, files: 14_000, bins: ['go'] },
  jq: { bytes: 900 * KB, files: 5, bins: ['jq'] },
  'libc6-compat': { bytes: 100 * KB, files: 5 },
  tini: { bytes: 40 * KB, files: 2, bins: ['tini'] },
  gettext: { bytes: 9_000 * KB, files: 300, bins: ['envsubst'] },
  'postgresql-client': { bytes: 10 * MB, files: 100, bins: ['psql'] },
  sqlite: { bytes: 1_500 * KB, files: 10, bins: ['sqlite3'] },
  nginx: { bytes: 2_500 * KB, files: 60, bins: ['nginx'] },
  shadow: { bytes: 2_000 * KB, files: 40, bins: ['useradd'] },
};

/** apt-get update writes the package lists (approximate, Debian bookworm + updates + security). */
export const APT_LISTS: [string, number][] = [
  ['/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease', 151 * KB],
  ['/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4', 18_100 * KB],
  ['/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm-updates_InRelease', 56 * KB],
  ['/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm-updates_main_binary-amd64_Packages.lz4', 14 * KB],
  ['/var/lib/apt/lists/deb.debian.org_debian-security_dists_bookworm-security_InRelease', 48 * KB],
  [
    '/var/lib/apt/lists/deb.debian.org_debian-security_dists_bookworm-security_main_binary-amd64_Packages.lz4',
    520 * KB,
  ],
  ['/var/lib/apt/lists/lock', 0],
];

/** apk without --no-cache keeps the indexes (approximate, alpine 3.21 main + community). */
export const APK_INDEXES: [string, number][] = [
  ['/var/cache/apk/APKINDEX.2c4ac24e.tar.gz', 500 * KB],
  ['/var/cache/apk/APKINDEX.40a3604f.tar.gz', 2_200 * KB],
];

export function aptPackage(name: string): { info: PackageInfo; known: boolean } {
  const p = APT_PACKAGES[name];
  return p ? { info: p, known: true } : { info: { bytes: DEFAULT_APT_BYTES, files: 100 }, known: false };
}

export function apkPackage(name: string): { info: PackageInfo; known: boolean } {
  const p = APK_PACKAGES[name];
  return p ? { info: p, known: true } : { info: { bytes: DEFAULT_APK_BYTES, files: 60 }, known: false };
}
